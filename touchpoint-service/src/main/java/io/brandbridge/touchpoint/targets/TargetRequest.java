package io.brandbridge.touchpoint.targets;

import io.brandbridge.defaults.json.MultilineText;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What operations are managed and paid to hit at a touchpoint, e.g. handle time at most 180 s. */
@Serdeable
@Schema(name = "OperationalTargetRequest", example = TargetExamples.REQUEST)
public record TargetRequest(@NotNull @Pattern(regexp = MetricKeys.REGEX, message = MetricKeys.MESSAGE)
                            @Schema(maxLength = MetricKeys.MAX_LENGTH, requiredMode = Schema.RequiredMode.REQUIRED) String metric,
                            @NotNull Comparison op,
                            @NotNull @Schema(description = "A finite number; 422 otherwise", requiredMode = Schema.RequiredMode.REQUIRED) Double threshold,
                            @NotNull TargetKind kind,
                            @NotBlank @Size(max = MAX_RATIONALE) @MultilineText
                            @Schema(pattern = SchemaPatterns.MULTILINE, requiredMode = Schema.RequiredMode.REQUIRED) String rationale) {

    static final int MAX_RATIONALE = 2000;
}
