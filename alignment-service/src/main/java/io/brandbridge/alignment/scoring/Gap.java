package io.brandbridge.alignment.scoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** A (promise, commitment, touchpoint) whose attainment is below the objective. */
@Serdeable
@Schema(description = "A touchpoint with at least minSample interactions that misses a commitment's objective; excessBroken counts the customers let down beyond the error budget.")
public record Gap(String promiseId,
                  String promiseTitle,
                  String commitmentKey,
                  String metric,
                  Comparison op,
                  double threshold,
                  double objective,
                  String touchpointId,
                  String touchpointName,
                  String touchpointType,
                  long valid,
                  long good,
                  double attainment,
                  double allowedBad,
                  long brokenPromises,
                  double excessBroken) {
}
