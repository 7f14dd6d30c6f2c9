package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One commitment at one touchpoint. */
@Serdeable
@Schema(description = "One commitment measured at one touchpoint. Its status is NO_DATA, BROKEN or KEPT: burn rates are judged on the pooled commitment only.")
public record TouchpointAlignment(String touchpointId,
                                  String name,
                                  String type,
                                  long valid,
                                  long good,
                                  @Nullable Double attainment,
                                  double allowedBad,
                                  @Nullable Double budgetRemaining,
                                  long brokenPromises,
                                  double excessBroken,
                                  @Nullable Double score,
                                  Status status) {

    static TouchpointAlignment of(TouchpointSpec touchpoint, Counts counts, CommitmentSpec commitment) {
        BudgetFigures f = BudgetFigures.of(counts, commitment.objective());
        return new TouchpointAlignment(touchpoint.id(), touchpoint.name(), touchpoint.type(), f.valid(), f.good(), f.attainment(),
                f.allowedBad(), f.budgetRemaining(), f.brokenPromises(), f.excessBroken(), f.score(),
                StatusRule.touchpointStatus(counts, commitment.objective(), commitment.minSample()));
    }
}
