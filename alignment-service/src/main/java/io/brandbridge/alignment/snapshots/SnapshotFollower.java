package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.micronaut.core.annotation.Nullable;

import java.util.function.Supplier;

/**
 * Told of every change to the present of a brand, inside the transaction that makes it and with the brand locked, so what
 * it writes commits or rolls back with the change and two recomputes of one brand are told one after the other.
 * Backfills and re-scores rewrite history and are not told.
 */
public interface SnapshotFollower {

    /** The snapshot that was the brand's newest before; its figures are read only when asked for. */
    record Previous(Snapshot snapshot, Supplier<SnapshotDocument> document) {
    }

    /** A recompute of the present stored {@code stored}; {@code previous} is null for a brand's first snapshot. */
    void stored(@Nullable Previous previous, Snapshot stored, BrandAlignment alignment, SnapshotHandoffs handoffs);

    /** A recompute of the present failed because {@code dependency} was down, and reads now serve {@code served} marked stale. */
    void wentStale(Snapshot served, String dependency);
}
