package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.PromiseSummary;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One point per day: the last snapshot of each day in the range. */
@Serdeable
@Schema(description = "The last snapshot of each day (brand time zone) whose asOf is in [from, to), oldest first. "
        + "asOf, computedAt and stale at the top describe the brand's newest snapshot.")
public record HistoryResponse(@JsonUnwrapped SnapshotStamp snapshot,
                              @Schema(requiredMode = REQUIRED, description = "Start of the range (inclusive)", format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                              Instant from,
                              @Schema(requiredMode = REQUIRED, description = "End of the range (exclusive)", format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                              Instant to,
                              @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "One point per day with a snapshot, oldest first"),
                                      maxItems = HistoryRange.MAX_DAYS + 1)
                              List<Day> items) {

    @Serdeable
    @Schema(name = "HistoryDay", description = "The last snapshot of one day")
    public record Day(@Schema(requiredMode = REQUIRED, description = "The day in the brand's time zone", format = "date", maxLength = 10, example = "2026-11-01")
                      LocalDate day,
                      @Schema(requiredMode = REQUIRED, description = SnapshotFields.AS_OF, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                      Instant asOf,
                      @Schema(requiredMode = REQUIRED, description = SnapshotFields.COMPUTED_AT, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                      Instant computedAt,
                      @Schema(requiredMode = REQUIRED, description = SnapshotFields.STALE) boolean stale,
                      @Schema(requiredMode = REQUIRED, description = SnapshotFields.OUT_OF_DATE) boolean outOfDate,
                      @Schema(requiredMode = REQUIRED, description = SnapshotFields.REVISED) boolean revised,
                      @Schema(requiredMode = REQUIRED, nullable = true, description = SnapshotFields.INDEX, minimum = "0", maximum = "100")
                      @Nullable Double index,
                      @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Each promise version in force at asOf"), maxItems = Limits.PROMISES)
                      List<PromiseSummary> promises) {

        static Day from(Snapshot s) {
            return new Day(s.localDay(), s.asOf(), s.computedAt(), s.stale(), s.outOfDate(), s.revised(), s.summary().index(), s.summary().promises());
        }
    }
}
