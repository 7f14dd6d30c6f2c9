package io.brandbridge.gateway.ratelimit;

import io.micronaut.serde.annotation.Serdeable;

/** A token bucket: {@code burst} requests at once, refilled at {@code requestsPerSecond}. */
@Serdeable
public record RateLimit(double requestsPerSecond, int burst) {
}
