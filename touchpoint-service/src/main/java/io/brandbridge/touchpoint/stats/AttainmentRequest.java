package io.brandbridge.touchpoint.stats;

import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "AttainmentRequest", description = "One commitment-style question over several touchpoints and a half-open time range [from, to)")
public record AttainmentRequest(@NotEmpty @Size(max = 500) List<@NotBlank String> touchpointIds,
                                @NotNull @Pattern(regexp = MetricKeys.REGEX, message = MetricKeys.MESSAGE) String metric,
                                @NotNull Comparison op,
                                @NotNull Double threshold,
                                @NotNull Instant from,
                                @NotNull Instant to,
                                @Nullable @Schema(description = "UTC hours or days; absent for no series") Bucket bucket) {
}
