package io.brandbridge.touchpoint.stats;

import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** "{@code metric op threshold}", e.g. wait_seconds LE 60; booleans are 1 and 0. */
@Serdeable
@Schema(name = "MetricPredicate", example = "{\"metric\":\"handle_seconds\",\"op\":\"LE\",\"threshold\":180}")
public record Predicate(@NotNull @Pattern(regexp = MetricKeys.REGEX, message = MetricKeys.MESSAGE)
                        @Schema(maxLength = MetricKeys.MAX_LENGTH, requiredMode = Schema.RequiredMode.REQUIRED) String metric,
                        @NotNull Comparison op,
                        @NotNull @Schema(description = "A finite number; 422 otherwise", requiredMode = Schema.RequiredMode.REQUIRED) Double threshold) {
}
