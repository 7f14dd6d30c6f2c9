package io.brandbridge.gateway.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

import java.time.Duration;
import java.util.List;

/**
 * Limits before authentication. A source address may fail {@code maxFailures} times per {@code window}
 * (a missing, malformed or unknown key is a failure); up to {@code addresses} addresses are tracked.
 * {@code trustedProxies} are the exact addresses whose {@code X-Forwarded-For} is believed; none by default.
 * At most {@code maxConcurrentLookups} keys are looked up in the database at once, each waiting up to
 * {@code lookupWait} for its turn, so many addresses together cannot swamp it either.
 */
@ConfigurationProperties("brandbridge.gateway.auth-throttle")
public record ThrottleConfiguration(
        @Bindable(defaultValue = "20") @Positive int maxFailures,
        @Bindable(defaultValue = "1m") @PositiveDuration Duration window,
        @Bindable(defaultValue = "100000") @Positive int addresses,
        @Bindable(defaultValue = "") List<String> trustedProxies,
        @Bindable(defaultValue = "4") @Positive int maxConcurrentLookups,
        @Bindable(defaultValue = "1s") @PositiveDuration Duration lookupWait) {
}
