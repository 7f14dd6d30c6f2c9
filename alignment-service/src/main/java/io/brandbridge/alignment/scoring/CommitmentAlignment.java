package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One commitment pooled over the touchpoints it is measured at, with the breakdown per touchpoint. */
@Serdeable
@Schema(description = "A commitment pooled over its touchpoints: attainment = good/valid, allowedBad = (1 − objective)·valid, "
        + "budgetRemaining = 1 − brokenPromises/allowedBad, excessBroken = max(0, brokenPromises − allowedBad), "
        + "score = 100·min(1, attainment/objective), burnRate = (brokenPromises/valid)/(1 − objective) over the whole window.")
public record CommitmentAlignment(String key,
                                  String metric,
                                  Comparison op,
                                  double threshold,
                                  double objective,
                                  double weight,
                                  int minSample,
                                  WindowType windowType,
                                  @Nullable Integer windowDays,
                                  Instant from,
                                  Instant to,
                                  long valid,
                                  long good,
                                  @Nullable Double attainment,
                                  double allowedBad,
                                  @Nullable Double budgetRemaining,
                                  long brokenPromises,
                                  double excessBroken,
                                  @Nullable Double score,
                                  @Nullable Double burnRate,
                                  @Schema(description = "Multiwindow burn-rate alert; evaluated only when the commitment is kept, null otherwise", nullable = true)
                                  @Nullable BurnAlert burnAlert,
                                  Status status,
                                  Consistency consistency,
                                  List<TouchpointAlignment> touchpoints) {
}
