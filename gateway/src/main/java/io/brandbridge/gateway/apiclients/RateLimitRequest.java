package io.brandbridge.gateway.apiclients;

import io.brandbridge.gateway.ratelimit.RateLimit;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(description = "A token bucket: up to `burst` requests at once, refilled at `requestsPerSecond`")
public record RateLimitRequest(
        @Schema(requiredMode = REQUIRED, format = "double", example = "50.0") @DecimalMin(RateLimit.RATE_MIN) @DecimalMax(RateLimit.RATE_MAX) double requestsPerSecond,
        @Schema(requiredMode = REQUIRED, format = "int32", example = "100") @Min(1) @Max(100000) int burst) {
}
