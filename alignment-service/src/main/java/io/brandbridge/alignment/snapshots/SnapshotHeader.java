package io.brandbridge.alignment.snapshots;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;
import java.time.LocalDate;

/** A snapshot without its full document: what every read starts from. */
@Introspected
public record SnapshotHeader(String id, String brandId, Instant asOf, Instant computedAt, LocalDate localDay, String timeZone,
                             boolean stale, String summary, boolean outOfDate, SnapshotOrigin origin) {
}
