package io.brandbridge.defaults.settings;

import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.core.annotation.AnnotationMetadata;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the environment variable behind a property: the one {@link Setting} gives, else the one its
 * application.yml placeholder reads ({@code ${BRANDBRIDGE_ADMIN_KEY:}}, following placeholders that point at
 * other properties), else the variable Micronaut itself maps to the property.
 */
@Singleton
public class EnvironmentVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\s*([^}:\\s]+)");
    private static final Pattern VARIABLE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final int MAX_INDIRECTIONS = 8;

    private final Environment environment;

    public EnvironmentVariables(Environment environment) {
        this.environment = environment;
    }

    public String nameFor(String property, AnnotationMetadata metadata) {
        return metadata.stringValue(Setting.class, "env").filter(name -> !name.isBlank())
                .orElseGet(() -> nameFor(property));
    }

    public String nameFor(String property) {
        return fromPlaceholder(property, 0).orElseGet(() -> property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_"));
    }

    private Optional<String> fromPlaceholder(String property, int depth) {
        if (depth > MAX_INDIRECTIONS) {
            return Optional.empty();
        }
        Optional<Object> raw = environment.getPropertySources().stream()
                .sorted(Comparator.comparingInt(PropertySource::getOrder).reversed())
                .map(source -> source.get(property))
                .filter(value -> value != null)
                .findFirst();
        if (raw.isEmpty() || !(raw.get() instanceof CharSequence text)) {
            return Optional.empty();
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (!placeholder.find()) {
            return Optional.empty();
        }
        String name = placeholder.group(1);
        return VARIABLE.matcher(name).matches() ? Optional.of(name) : fromPlaceholder(name, depth + 1);
    }
}
