package io.brandbridge.gateway.ratelimit;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A token bucket: {@code burst} requests at once, refilled at {@code requestsPerSecond}. */
@Serdeable
@Schema(description = "A token bucket: up to `burst` requests at once, refilled at `requestsPerSecond`")
public record RateLimit(
        @Schema(requiredMode = REQUIRED, format = "double", minimum = RateLimit.RATE_MIN, maximum = RateLimit.RATE_MAX, example = "50.0") double requestsPerSecond,
        @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = RateLimit.BURST_MAX, example = "100") int burst) {

    public static final String RATE_MIN = "0.01";
    public static final String RATE_MAX = "100000";
    public static final String BURST_MAX = "100000";
}
