package io.brandbridge.promise.metrics;

import io.brandbridge.defaults.json.MultilineText;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.promise.validation.EnumName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(name = "CreateMetricRequest")
public record CreateMetricRequest(
        @Schema(description = "Key interactions report the metric under; must not be a standard key", example = "callback_kept",
                maxLength = MetricKeys.MAX_LENGTH, requiredMode = REQUIRED)
        @NotBlank @Pattern(regexp = MetricKeys.PATTERN, message = MetricKeys.MESSAGE) String key,
        @Schema(description = "Unit shown with values", example = "bool", maxLength = UNIT_MAX, pattern = SchemaPatterns.SINGLE_LINE,
                requiredMode = REQUIRED)
        @NotBlank @Size(max = UNIT_MAX) String unit,
        @Schema(description = "NUMBER, BOOLEAN (values 1 and 0) or SCORE", implementation = MetricKind.class, example = "BOOLEAN",
                requiredMode = REQUIRED)
        @NotNull @EnumName(MetricKind.class) String kind,
        @Schema(description = "What the metric means", example = "A promised call-back happened in its slot", nullable = true,
                maxLength = DESCRIPTION_MAX, pattern = SchemaPatterns.MULTILINE)
        @Nullable @Size(max = DESCRIPTION_MAX) @MultilineText String description) {

    static final int UNIT_MAX = 32;
    static final int DESCRIPTION_MAX = 500;

    MetricKind metricKind() {
        return MetricKind.valueOf(kind);
    }
}
