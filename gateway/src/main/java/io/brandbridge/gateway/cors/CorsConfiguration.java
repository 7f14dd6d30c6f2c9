package io.brandbridge.gateway.cors;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.brandbridge.defaults.settings.WebOrigin;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * Which browser origins may call the API ({@code CORS_ALLOWED_ORIGINS}, comma-separated, exact
 * matches only) and with which methods and headers.
 */
@ConfigurationProperties("brandbridge.gateway.cors")
public record CorsConfiguration(
        @Bindable(defaultValue = "") List<@WebOrigin String> allowedOrigins,
        @Bindable(defaultValue = "GET,POST,PUT,DELETE") List<String> allowedMethods,
        @Bindable(defaultValue = "Authorization,Content-Type,If-Match,If-None-Match,X-Request-Id") List<String> allowedHeaders,
        @Bindable(defaultValue = "Location,ETag,Retry-After,X-Request-Id,RateLimit-Limit,RateLimit-Remaining,RateLimit-Reset") List<String> exposedHeaders,
        @Bindable(defaultValue = "10m") @PositiveDuration Duration maxAge) {
}
