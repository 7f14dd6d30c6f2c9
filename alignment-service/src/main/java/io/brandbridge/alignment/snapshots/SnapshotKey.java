package io.brandbridge.alignment.snapshots;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** Just enough of a snapshot to pick the last one of each day, and to tell whether data changed after it. */
@Introspected
public record SnapshotKey(String id, LocalDate localDay, Instant asOf, Instant computedAt, @Nullable Instant startedAt, boolean outOfDate) {
}
