package io.brandbridge.gateway.apiclients;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@Serdeable
@Schema(description = "A token bucket: up to `burst` requests at once, refilled at `requestsPerSecond`")
public record RateLimitRequest(
        @DecimalMin(value = "0.01") @DecimalMax("100000") double requestsPerSecond,
        @Min(1) @Max(100000) int burst) {
}
