package io.brandbridge.alignment.snapshots;

import java.time.Instant;
import java.time.LocalDate;

/** A snapshot as reads see it: when it was as of and computed, whether it is stale, and its summary. */
public record Snapshot(String id, String brandId, Instant asOf, Instant computedAt, LocalDate localDay, String timeZone, boolean stale,
                       SnapshotSummary summary) {
}
