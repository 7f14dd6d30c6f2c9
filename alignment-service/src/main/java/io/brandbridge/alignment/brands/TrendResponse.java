package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A daily series for a chart: the brand index, one promise, or one commitment pooled and per touchpoint. */
@Serdeable
@Schema(description = "One point per day with a snapshot whose asOf is in [from, to), oldest first, read from the last snapshot of each day "
        + "(brand time zone). Without promiseId the series is the brand's index; with it, the promise's score and status; with commitmentKey too, "
        + "the commitment's attainment, score, status, valid and good, pooled and per touchpoint. asOf, computedAt and stale at the top "
        + "describe the brand's newest snapshot.")
public record TrendResponse(@JsonUnwrapped SnapshotStamp snapshot,
                            @Schema(requiredMode = REQUIRED, nullable = true, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID)
                            @Nullable String promiseId,
                            @Schema(requiredMode = REQUIRED, nullable = true, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN)
                            @Nullable String commitmentKey,
                            @Schema(requiredMode = REQUIRED, description = "Start of the range (inclusive)", format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                            Instant from,
                            @Schema(requiredMode = REQUIRED, description = "End of the range (exclusive)", format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                            Instant to,
                            @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "One point per day with a snapshot, oldest first"),
                                    maxItems = HistoryRange.MAX_DAYS + 1)
                            List<Point> items) {

    /** One day. Figures the series does not have that day (the promise was not in force, or a level has no such figure) are null. */
    @Serdeable
    @Schema(name = "TrendPoint", description = "One day of the series. inForce is false on days the promise (or commitment) was not in force; "
            + "its figures are then null. At the brand level score is the index and the other figures are null; at the promise level "
            + "attainment, valid and good are null.")
    public record Point(@Schema(requiredMode = REQUIRED, description = "The day in the brand's time zone", format = "date", maxLength = 10, example = "2026-11-01")
                        LocalDate day,
                        @Schema(requiredMode = REQUIRED, description = SnapshotFields.AS_OF, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                        Instant asOf,
                        @Schema(requiredMode = REQUIRED, description = SnapshotFields.COMPUTED_AT, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                        Instant computedAt,
                        @Schema(requiredMode = REQUIRED, description = SnapshotFields.OUT_OF_DATE) boolean outOfDate,
                        @Schema(requiredMode = REQUIRED, description = SnapshotFields.REVISED) boolean revised,
                        @Schema(requiredMode = REQUIRED, description = "The promise (and commitment) was in force at asOf; always true for the brand level")
                        boolean inForce,
                        @Schema(requiredMode = REQUIRED, nullable = true, description = "The promise version in force", format = "int32", minimum = "1",
                                maximum = Limits.INT_MAX) @Nullable Integer version,
                        @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "100") @Nullable Double score,
                        // Null at the brand level. Not marked @Nullable: the generator would wrap the reference in a typeless nullable
                        // allOf that validators refuse; NullableStatus itself admits null (src/main/openapi).
                        @Schema(requiredMode = REQUIRED, ref = "#/components/schemas/NullableStatus") String status,
                        @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "1") @Nullable Double attainment,
                        @Schema(requiredMode = REQUIRED, nullable = true, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) @Nullable Long valid,
                        @Schema(requiredMode = REQUIRED, nullable = true, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) @Nullable Long good,
                        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The commitment at each touchpoint; empty above the commitment level"),
                                maxItems = Limits.TOUCHPOINTS)
                        List<TouchpointPoint> touchpoints) {
    }

    /** One commitment at one touchpoint on one day. */
    @Serdeable
    @Schema(name = "TrendTouchpoint", description = "The commitment at one touchpoint that day")
    public record TouchpointPoint(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String touchpointId,
                                  @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "1") @Nullable Double attainment,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long valid,
                                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long good,
                                  @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "100") @Nullable Double score,
                                  @Schema(requiredMode = REQUIRED, ref = "#/components/schemas/NullableStatus") String status) {
    }
}
