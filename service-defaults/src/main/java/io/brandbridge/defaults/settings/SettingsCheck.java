package io.brandbridge.defaults.settings;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.ConfigurationReader;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.BeanCreationException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks and binds every Brandbridge configuration record as the context starts, before any other eager
 * bean, so a wrong setting stops the process at once rather than failing the first request that needs it.
 * Every problem found is reported together, one line per environment variable.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SettingsCheck {

    private static final String OWN_PACKAGES = "io.brandbridge.";

    private final BeanContext context;
    private final Environment environment;
    private final SettingsExplainer explainer;
    private final List<SettingProblem> problems = new ArrayList<>();

    public SettingsCheck(BeanContext context, Environment environment, SettingsExplainer explainer) {
        this.context = context;
        this.environment = environment;
        this.explainer = explainer;
        for (BeanDefinition<?> definition : context.getBeanDefinitions(Qualifiers.byStereotype(ConfigurationReader.class))) {
            if (definition.getBeanType().getName().startsWith(OWN_PACKAGES)) {
                check(definition);
            }
        }
        if (!problems.isEmpty()) {
            // Several properties often read one variable (a URL for two clients); it is told once.
            throw new InvalidSettingsException(problems.stream().distinct().toList());
        }
    }

    private void check(BeanDefinition<?> definition) {
        String prefix = definition.stringValue(ConfigurationReader.class, ConfigurationReader.PREFIX).orElse("");
        if (!definition.hasDeclaredAnnotation(EachProperty.class)) {
            bind(definition, prefix, null);
            return;
        }
        // One bean per entry under the prefix, e.g. resilience4j.instances.<name>.
        String parent = prefix.endsWith(".*") ? prefix.substring(0, prefix.length() - 2) : prefix;
        for (String name : environment.getPropertyEntries(parent)) {
            bind(definition, parent + "." + name, name);
        }
    }

    private void bind(BeanDefinition<?> definition, String prefix, String name) {
        // Explained first: where a value cannot be converted, Micronaut quietly takes the default instead.
        List<SettingProblem> explained = explainer.explain(definition, prefix, name);
        if (!explained.isEmpty()) {
            problems.addAll(explained);
            return;
        }
        try {
            if (name == null) {
                context.getBean(definition);
            } else {
                context.getBean(definition.getBeanType(), Qualifiers.byName(name));
            }
        } catch (BeanCreationException e) {
            problems.add(unexplained(prefix));
        }
    }

    private static SettingProblem unexplained(String prefix) {
        return new SettingProblem(prefix.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_") + "_*",
                "holds a setting that cannot be read", "check the variables that set it");
    }
}
