package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The stored form of a snapshot's figures. Version 1 (no {@code version} field) was the bare {@link BrandAlignment}; version 2
 * wraps it and adds the handoff matrix. {@link SnapshotDocuments} reads both.
 */
@Serdeable
public record SnapshotDocument(int version, BrandAlignment alignment, SnapshotHandoffs handoffs) {

    public static final int CURRENT = 2;
}
