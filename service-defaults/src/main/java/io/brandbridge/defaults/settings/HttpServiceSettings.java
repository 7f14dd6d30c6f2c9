package io.brandbridge.defaults.settings;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** Where a declared HTTP client reaches its service ({@code PROMISE_SERVICE_URL} and the like) and its time limits, checked at start-up. */
@EachProperty("micronaut.http.services")
public record HttpServiceSettings(
        @Parameter String name,
        @Nullable @HttpUrl String url,
        @Nullable @PositiveDuration Duration connectTimeout,
        @Nullable @PositiveDuration Duration readTimeout) {
}
