package io.brandbridge.gateway.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Positive;

/** The rate limit of every client that was not given its own, and how many clients' buckets are kept at most. */
@ConfigurationProperties("brandbridge.gateway.rate-limit")
public record RateLimitConfiguration(
        @Bindable(defaultValue = "50") @Positive double requestsPerSecond,
        @Bindable(defaultValue = "100") @Positive int burst,
        @Bindable(defaultValue = "100000") @Positive int clients) {

    public RateLimit defaultLimit() {
        return new RateLimit(requestsPerSecond, burst);
    }
}
