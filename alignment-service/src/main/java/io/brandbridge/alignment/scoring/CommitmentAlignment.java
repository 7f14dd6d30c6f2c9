package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One commitment pooled over the touchpoints it is measured at, with the breakdown per touchpoint. */
@Serdeable
@Schema(description = "A commitment pooled over its touchpoints: attainment = good/valid, allowedBad = (1 − objective)·valid, "
        + "budgetRemaining = 1 − brokenPromises/allowedBad, excessBroken = max(0, brokenPromises − allowedBad), "
        + "score = 100·min(1, attainment/objective), burnRate = (brokenPromises/valid)/(1 − objective) over the whole window. "
        + "Figures that need data are null when there is none.")
public record CommitmentAlignment(@Schema(requiredMode = REQUIRED, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN, example = "answered_in_60s")
                                  String key,
                                  @Schema(requiredMode = REQUIRED, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN, example = "wait_seconds")
                                  String metric,
                                  @Schema(requiredMode = REQUIRED) Comparison op,
                                  @Schema(requiredMode = REQUIRED, example = "60") double threshold,
                                  @Schema(requiredMode = REQUIRED, description = "The share of interactions that must keep the commitment",
                                          minimum = "0", exclusiveMinimum = true, maximum = "1", exclusiveMaximum = true, example = "0.9")
                                  double objective,
                                  @Schema(requiredMode = REQUIRED, minimum = "0", exclusiveMinimum = true, example = "1") double weight,
                                  @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = Limits.INT_MAX, example = "30") int minSample,
                                  @Schema(requiredMode = REQUIRED) WindowType windowType,
                                  @Schema(requiredMode = REQUIRED, nullable = true, description = "The window's length for ROLLING_DAYS, null otherwise",
                                          format = "int32", minimum = "1", maximum = "366", example = "28")
                                  @Nullable Integer windowDays,
                                  @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant from,
                                  @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant to,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long valid,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long good,
                                  @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "1") @Nullable Double attainment,
                                  @Schema(requiredMode = REQUIRED, minimum = "0") double allowedBad,
                                  @Schema(requiredMode = REQUIRED, nullable = true, maximum = "1",
                                          description = "1 − brokenPromises/allowedBad: negative once the error budget is overspent; null without data")
                                  @Nullable Double budgetRemaining,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long brokenPromises,
                                  @Schema(requiredMode = REQUIRED, minimum = "0") double excessBroken,
                                  @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "100") @Nullable Double score,
                                  @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0") @Nullable Double burnRate,
                                  // Null when not kept. Not marked @Nullable: the generator would wrap the reference in a typeless
                                  // nullable allOf that validators refuse; BurnAlert's schema itself admits null (src/main/openapi).
                                  @Schema(requiredMode = REQUIRED)
                                  BurnAlert burnAlert,
                                  @Schema(requiredMode = REQUIRED) Status status,
                                  @Schema(requiredMode = REQUIRED) Consistency consistency,
                                  @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The same figures at each touchpoint the promise covers"),
                                          maxItems = Limits.TOUCHPOINTS)
                                  List<TouchpointAlignment> touchpoints) {
}
