package io.brandbridge.alignment.scoring;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One commitment at one touchpoint. */
@Serdeable
@Schema(description = "One commitment measured at one touchpoint. Its status is NO_DATA, BROKEN or KEPT: burn rates are judged on the pooled commitment only. "
        + "Figures that need data are null when there is none.")
public record TouchpointAlignment(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String touchpointId,
                                  @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String name,
                                  @Schema(requiredMode = REQUIRED, implementation = TouchpointType.class) String type,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long valid,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long good,
                                  @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "1") @Nullable Double attainment,
                                  @Schema(requiredMode = REQUIRED, minimum = "0") double allowedBad,
                                  @Schema(requiredMode = REQUIRED, nullable = true, maximum = "1") @Nullable Double budgetRemaining,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long brokenPromises,
                                  @Schema(requiredMode = REQUIRED, minimum = "0") double excessBroken,
                                  @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "100") @Nullable Double score,
                                  @Schema(requiredMode = REQUIRED) Status status) {

    static TouchpointAlignment of(TouchpointSpec touchpoint, Counts counts, CommitmentSpec commitment) {
        BudgetFigures f = BudgetFigures.of(counts, commitment.objective());
        return new TouchpointAlignment(touchpoint.id(), touchpoint.name(), touchpoint.type(), f.valid(), f.good(), f.attainment(),
                f.allowedBad(), f.budgetRemaining(), f.brokenPromises(), f.excessBroken(), f.score(),
                StatusRule.touchpointStatus(counts, commitment.objective(), commitment.minSample()));
    }
}
