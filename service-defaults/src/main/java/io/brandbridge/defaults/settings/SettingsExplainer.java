package io.brandbridge.defaults.settings;

import io.micronaut.context.annotation.Parameter;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.validation.validator.Validator;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says, per environment variable, what is wrong with the settings a configuration record binds: a
 * variable that is not set, a value that cannot be read as its type, or a value its constraints refuse.
 * It reads the values as Micronaut binds them, so it explains exactly what Micronaut refused.
 */
@Singleton
public class SettingsExplainer {

    private final Environment environment;
    private final Validator validator;
    private final EnvironmentVariables variables;

    public SettingsExplainer(Environment environment, Validator validator, EnvironmentVariables variables) {
        this.environment = environment;
        this.validator = validator;
        this.variables = variables;
    }

    /**
     * The problems of the settings behind one configuration bean, read from {@code prefix}; {@code name}
     * is the entry of an {@code @EachProperty} bean, else null. Empty when they are all acceptable.
     */
    public List<SettingProblem> explain(BeanDefinition<?> definition, String prefix, String name) {
        Argument<?>[] arguments = definition.getConstructor().getArguments();
        Object[] values = new Object[arguments.length];
        List<SettingProblem> problems = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            Argument<?> argument = arguments[i];
            if (argument.getAnnotationMetadata().hasAnnotation(Parameter.class)) {
                values[i] = name;
                continue;
            }
            String property = prefix + "." + NameUtils.hyphenate(argument.getName());
            try {
                values[i] = read(property, argument).orElse(null);
            } catch (UnreadableSetting e) {
                problems.add(problem(property, argument, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (ConstraintViolation<?> violation : validator.forExecutables().validateConstructorParameters(definition.getBeanType(), arguments, values, new Class<?>[0])) {
            Argument<?> argument = argumentOf(violation.getPropertyPath(), arguments);
            String property = argument == null ? prefix : prefix + "." + NameUtils.hyphenate(argument.getName());
            problems.add(argument == null ? new SettingProblem(variables.nameFor(property), violation.getMessage(), "")
                    : problem(property, argument, violation.getMessage()));
        }
        return problems;
    }

    private Optional<?> read(String property, Argument<?> argument) {
        ArgumentConversionContext<?> context = ConversionContext.of(argument);
        try {
            Optional<?> value = environment.getProperty(property, context);
            if (value.isPresent()) {
                return value;
            }
            if (environment.containsProperty(property)) {
                throw unreadable(environment.getProperty(property, String.class).orElse(""), argument);
            }
        } catch (ConfigurationException e) {
            // The only way reading a present property fails: its placeholder names a variable that is not set.
            throw new UnreadableSetting("is not set");
        }
        Optional<String> fallback = argument.getAnnotationMetadata().stringValue(Bindable.class, "defaultValue");
        if (fallback.isEmpty()) {
            return Optional.empty();
        }
        Optional<?> value = environment.convert(fallback.get(), context);
        return value;
    }

    private static UnreadableSetting unreadable(String text, Argument<?> argument) {
        return new UnreadableSetting("is '" + text + "', which is not " + expected(argument));
    }

    /** What a value of the argument's type looks like, in words. */
    private static String expected(Argument<?> argument) {
        Class<?> type = argument.getWrapperType();
        if (argument.getAnnotationMetadata().hasAnnotation(ReadableBytes.class)) {
            return "a size such as 512KB or 10MB";
        }
        if (type == Duration.class) {
            return "a duration such as 500ms, 30s or 5m";
        }
        if (type == Integer.class || type == Long.class || type == Short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == Float.class) {
            return "a number";
        }
        if (type == Boolean.class) {
            return "true or false";
        }
        return "a value of the expected form";
    }

    private SettingProblem problem(String property, Argument<?> argument, String problem) {
        return new SettingProblem(variables.nameFor(property, argument.getAnnotationMetadata()), problem,
                argument.getAnnotationMetadata().stringValue(Setting.class, "hint").orElse(""));
    }

    private static Argument<?> argumentOf(Path path, Argument<?>[] arguments) {
        for (Path.Node node : path) {
            for (Argument<?> argument : arguments) {
                if (argument.getName().equals(node.getName())) {
                    return argument;
                }
            }
        }
        return null;
    }

    private static final class UnreadableSetting extends RuntimeException {
        UnreadableSetting(String message) {
            super(message, null, false, false);
        }
    }
}
