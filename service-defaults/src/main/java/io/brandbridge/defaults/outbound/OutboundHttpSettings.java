package io.brandbridge.defaults.outbound;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Limits of one outbound call ({@code brandbridge.outbound-http}): {@code timeout} bounds the whole exchange,
 * from connecting to the last byte read, and {@code maxResponseBytes} how much of the answer's body is kept.
 */
@ConfigurationProperties("brandbridge.outbound-http")
public record OutboundHttpSettings(
        @Bindable(defaultValue = "10s") @NotNull @PositiveDuration Duration timeout,
        @Bindable(defaultValue = "4096") @Min(value = 1, message = "must be a whole number above zero") int maxResponseBytes) {

    public static final OutboundHttpSettings DEFAULTS = new OutboundHttpSettings(Duration.ofSeconds(10), 4096);
}
