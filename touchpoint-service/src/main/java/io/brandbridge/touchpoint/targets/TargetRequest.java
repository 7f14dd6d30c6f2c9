package io.brandbridge.touchpoint.targets;

import io.brandbridge.defaults.json.MultilineText;
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
@Schema(name = "OperationalTargetRequest", example = """
        {"metric":"handle_seconds","op":"LE","threshold":180,"kind":"COST","rationale":"Contracted average handle time with the BPO"}""")
public record TargetRequest(@NotNull @Pattern(regexp = MetricKeys.REGEX, message = MetricKeys.MESSAGE) String metric,
                            @NotNull Comparison op,
                            @NotNull Double threshold,
                            @NotNull TargetKind kind,
                            @NotBlank @Size(max = 2000) @MultilineText String rationale) {
}
