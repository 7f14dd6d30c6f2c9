package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The part of a snapshot the brand overview and the history show, stored apart so those reads stay small. */
@Serdeable
public record SnapshotSummary(@Nullable Double index, int gapCount, int conflictCount, List<PromiseSummary> promises) {

    static SnapshotSummary from(BrandAlignment alignment) {
        return new SnapshotSummary(alignment.index(), alignment.gaps().size(), alignment.conflicts().size(),
                alignment.promises().stream().map(PromiseSummary::from).toList());
    }
}
