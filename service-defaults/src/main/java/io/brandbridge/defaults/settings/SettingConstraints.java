package io.brandbridge.defaults.settings;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** The checks behind {@link PositiveDuration}, {@link HttpUrl} and {@link WebOrigin}. */
@Factory
public class SettingConstraints {

    @Singleton
    ConstraintValidator<PositiveDuration, Duration> positiveDuration() {
        return (value, annotation, context) -> value == null || value.compareTo(Duration.ZERO) > 0;
    }

    @Singleton
    ConstraintValidator<HttpUrl, CharSequence> httpUrl() {
        return (value, annotation, context) -> value == null || isHttpUrl(value.toString());
    }

    @Singleton
    ConstraintValidator<WebOrigin, CharSequence> webOrigin() {
        return (value, annotation, context) -> value == null || isOrigin(value.toString());
    }

    static boolean isHttpUrl(String text) {
        URI uri = parse(text);
        return uri != null && uri.isAbsolute() && isHttp(uri) && uri.getHost() != null && uri.getUserInfo() == null;
    }

    static boolean isOrigin(String text) {
        URI uri = parse(text);
        return isHttpUrl(text) && uri.getRawPath().isEmpty() && uri.getRawQuery() == null && uri.getRawFragment() == null;
    }

    private static boolean isHttp(URI uri) {
        return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
    }

    private static URI parse(String text) {
        if (!text.strip().equals(text)) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
