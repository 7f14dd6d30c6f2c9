package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.HandoffMatrix;
import io.micronaut.serde.annotation.Serdeable;

/** A snapshot's handoff matrix and whether it holds one; the matrix is empty unless KEPT. */
@Serdeable
public record SnapshotHandoffs(HandoffMatrixState state, HandoffMatrix matrix) {
}
