package io.brandbridge.alignment.snapshots;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A snapshot as reads see it: when it was as of and computed, whether it is stale, its summary, whether data changed
 * after it was computed (outOfDate) and what computed it.
 */
public record Snapshot(String id, String brandId, Instant asOf, Instant computedAt, LocalDate localDay, String timeZone, boolean stale,
                       SnapshotSummary summary, boolean outOfDate, SnapshotOrigin origin) {

    /** It re-scored a day whose data had changed after the day was first computed. */
    public boolean revised() {
        return origin == SnapshotOrigin.RESCORE;
    }
}
