package io.brandbridge.touchpoint.metrics;

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

    /** Whether a value meets the predicate, exactly as the SQL comparison {@code metric_value op threshold} decides. */
    public boolean holds(double value) {
        return op.test(value, threshold);
    }

    /** The text a predicate is known by: its threshold printed exactly, with -0 as 0 since they compare alike. */
    public String canonical() {
        return metric + " " + op + " " + (threshold + 0.0);
    }

    /** Reads {@link #canonical()} back. */
    public static Predicate parse(String canonical) {
        String[] parts = canonical.split(" ");
        return new Predicate(parts[0], Comparison.valueOf(parts[1]), Double.parseDouble(parts[2]));
    }
}
