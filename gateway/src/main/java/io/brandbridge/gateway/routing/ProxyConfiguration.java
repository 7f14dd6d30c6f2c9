package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** {@code retryAfter}: what a 503 for a failed or timed-out downstream call tells the client to wait. */
@ConfigurationProperties("brandbridge.gateway.proxy")
public record ProxyConfiguration(@Bindable(defaultValue = "5s") @PositiveDuration Duration retryAfter) {
}
