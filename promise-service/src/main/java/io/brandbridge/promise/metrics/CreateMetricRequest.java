package io.brandbridge.promise.metrics;

import io.brandbridge.defaults.json.MultilineText;
import io.brandbridge.promise.validation.EnumName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "CreateMetricRequest")
public record CreateMetricRequest(
        @Schema(description = "Key interactions report the metric under; must not be a standard key", example = "callback_kept", maxLength = 64)
        @NotBlank @Pattern(regexp = MetricKeys.PATTERN, message = MetricKeys.MESSAGE) String key,
        @Schema(description = "Unit shown with values", example = "bool", maxLength = 32)
        @NotBlank @Size(max = 32) String unit,
        @Schema(description = "NUMBER, BOOLEAN (values 1 and 0) or SCORE", implementation = MetricKind.class, example = "BOOLEAN")
        @NotNull @EnumName(MetricKind.class) String kind,
        @Schema(description = "What the metric means", example = "A promised call-back happened in its slot", nullable = true, maxLength = 500)
        @Nullable @Size(max = 500) @MultilineText String description) {

    MetricKind metricKind() {
        return MetricKind.valueOf(kind);
    }
}
