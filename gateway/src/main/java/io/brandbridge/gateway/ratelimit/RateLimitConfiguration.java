package io.brandbridge.gateway.ratelimit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** The rate limit of every client that was not given its own, and how many clients' buckets are kept at most. */
@ConfigurationProperties("brandbridge.gateway.rate-limit")
public record RateLimitConfiguration(
        @Bindable(defaultValue = "50") double requestsPerSecond,
        @Bindable(defaultValue = "100") int burst,
        @Bindable(defaultValue = "100000") int clients) {

    public RateLimit defaultLimit() {
        return new RateLimit(requestsPerSecond, burst);
    }
}
