package io.brandbridge.alignment.snapshots;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A stored snapshot; summary, document and promiseVersions are JSON. */
@MappedEntity("alignment_snapshot")
public record SnapshotEntity(@Id String id,
                             String brandId,
                             Instant asOf,
                             Instant computedAt,
                             LocalDate localDay,
                             String timeZone,
                             boolean stale,
                             @Nullable Double brandIndex,
                             String promiseVersions,
                             String summary,
                             String document,
                             @Nullable Instant windowFrom,
                             @Nullable Instant startedAt,
                             boolean outOfDate,
                             SnapshotOrigin origin) {
}
