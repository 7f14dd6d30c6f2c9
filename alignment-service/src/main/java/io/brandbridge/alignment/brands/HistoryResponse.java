package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.snapshots.PromiseSummary;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One point per day: the last snapshot of each day in the range. */
@Serdeable
@Schema(description = "The last snapshot of each day (brand time zone) whose asOf is in [from, to), oldest first. "
        + "asOf, computedAt and stale at the top describe the brand's newest snapshot.")
public record HistoryResponse(String brandId,
                              Instant from,
                              Instant to,
                              Instant asOf,
                              Instant computedAt,
                              boolean stale,
                              List<Day> items) {

    @Serdeable
    public record Day(@Schema(example = "2026-11-01") LocalDate day,
                      Instant asOf,
                      Instant computedAt,
                      boolean stale,
                      @Nullable Double index,
                      List<PromiseSummary> promises) {

        static Day from(Snapshot s) {
            return new Day(s.localDay(), s.asOf(), s.computedAt(), s.stale(), s.summary().index(), s.summary().promises());
        }
    }
}
