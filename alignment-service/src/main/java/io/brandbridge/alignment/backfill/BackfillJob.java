package io.brandbridge.alignment.backfill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A stored backfill job; {@code errors} is JSON (the days given up, with why), {@code nextDay} the checkpoint. */
@MappedEntity("alignment_backfill_job")
public record BackfillJob(@Id String id,
                          String brandId,
                          String timeZone,
                          LocalDate fromDay,
                          LocalDate toDay,
                          BackfillState state,
                          int daysTotal,
                          int daysDone,
                          @Nullable LocalDate nextDay,
                          String errors,
                          String requestedBy,
                          @Nullable String leaseOwner,
                          @Nullable Instant leaseUntil,
                          Instant createdAt,
                          @Nullable Instant startedAt,
                          @Nullable Instant finishedAt,
                          long revision) {

    /** The day the job goes on from: its checkpoint, or its first day. */
    LocalDate resumeDay() {
        return nextDay == null ? fromDay : nextDay;
    }
}
