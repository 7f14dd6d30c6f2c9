package io.brandbridge.gateway.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/** The rate limit of every client that was not given its own, and how many clients' buckets are kept at most. */
@ConfigurationProperties("brandbridge.gateway.rate-limit")
public record RateLimitConfiguration(
        // Held to what a client's own limit may be, so the documented RateLimit limits hold for the default too.
        @Bindable(defaultValue = "50") @DecimalMin(RateLimit.RATE_MIN) @DecimalMax(RateLimit.RATE_MAX) double requestsPerSecond,
        @Bindable(defaultValue = "100") @Positive @Max(100000) int burst,
        @Bindable(defaultValue = "100000") @Positive int clients) {

    public RateLimit defaultLimit() {
        return new RateLimit(requestsPerSecond, burst);
    }
}
