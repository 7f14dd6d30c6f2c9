package io.brandbridge.gateway.openapi;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How the merged document is kept: each service's document is refetched after {@code refresh};
 * after a failed fetch the last good copy is served and the fetch retried after {@code retry}.
 */
@ConfigurationProperties("brandbridge.gateway.openapi")
public record OpenApiConfiguration(
        // Zero refetches on every request, which tests use.
        @Bindable(defaultValue = "5m") Duration refresh,
        @Bindable(defaultValue = "10s") Duration retry,
        @Bindable(defaultValue = "2s") @PositiveDuration Duration fetchTimeout) {
}
