package io.brandbridge.promise.promises;

import io.brandbridge.promise.metrics.MetricKeys;
import io.brandbridge.promise.validation.EnumName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * "{@code metric op threshold} holds for at least {@code objective} of interactions in {@code window}".
 * Enumerations arrive as text so that a wrong value is reported against its own field.
 */
@Serdeable
@Schema(name = "CommitmentRequest")
public record CommitmentRequest(
        @Schema(description = "Unique within the promise", example = "answered_in_60s", maxLength = MetricKeys.MAX_LENGTH, requiredMode = REQUIRED)
        @NotNull @Pattern(regexp = MetricKeys.PATTERN, message = MetricKeys.MESSAGE) String key,
        @Schema(description = "A metric of the brand's catalogue (422 otherwise)", example = "wait_seconds", maxLength = MetricKeys.MAX_LENGTH,
                requiredMode = REQUIRED)
        @NotNull @Pattern(regexp = MetricKeys.PATTERN, message = MetricKeys.MESSAGE) String metric,
        @Schema(description = "Boolean metrics allow only EQ", implementation = ComparisonOp.class, example = "LE", requiredMode = REQUIRED)
        @NotNull @EnumName(ComparisonOp.class) String op,
        @Schema(description = "Finite; 0 or 1 for boolean metrics", example = "60", requiredMode = REQUIRED)
        @NotNull Double threshold,
        @Schema(description = "Share of interactions that must meet the threshold, strictly between 0 and 1", example = "0.8",
                minimum = "0", exclusiveMinimum = true, maximum = "1", exclusiveMaximum = true, requiredMode = REQUIRED)
        @NotNull @DecimalMin(value = "0", inclusive = false, message = OBJECTIVE_RANGE)
        @DecimalMax(value = "1", inclusive = false, message = OBJECTIVE_RANGE) Double objective,
        @NotNull @Valid WindowRequest window,
        @Schema(description = "Weight within the promise score, > 0 (default 1)", example = "1", nullable = true,
                minimum = "0", exclusiveMinimum = true)
        @Nullable @Positive Double weight,
        @Schema(description = "Fewest interactions for a verdict, 1.." + MIN_SAMPLE_MAX + " (default 30)", example = "30", nullable = true,
                minimum = "1", maximum = "" + MIN_SAMPLE_MAX)
        @Nullable @Min(1) @Max(MIN_SAMPLE_MAX) Integer minSample) {

    static final String OBJECTIVE_RANGE = "must be strictly between 0 and 1";
    /** A verdict on more interactions than this would never be reached for most touchpoints. */
    static final int MIN_SAMPLE_MAX = 1_000_000;

    ComparisonOp comparisonOp() {
        return ComparisonOp.valueOf(op);
    }
}
