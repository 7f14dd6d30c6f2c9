package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/** Reads one day's point of a series out of that day's snapshot. */
final class TrendSeries {

    private TrendSeries() {
    }

    static TrendResponse.Point point(Snapshot day, BrandAlignment document, @Nullable String promiseId, @Nullable String commitmentKey) {
        if (promiseId == null) {
            return point(day, true, null, document.index(), null, null, null, null, List.of());
        }
        Optional<PromiseAlignment> promise = document.promises().stream().filter(p -> p.promiseId().equals(promiseId)).findFirst();
        if (promise.isEmpty()) {
            return absent(day);
        }
        PromiseAlignment p = promise.get();
        if (commitmentKey == null) {
            return point(day, true, p.version(), p.score(), p.status().name(), null, null, null, List.of());
        }
        Optional<CommitmentAlignment> commitment = p.commitments().stream().filter(c -> c.key().equals(commitmentKey)).findFirst();
        if (commitment.isEmpty()) {
            return absent(day);
        }
        CommitmentAlignment c = commitment.get();
        List<TrendResponse.TouchpointPoint> touchpoints = c.touchpoints().stream()
                .map(t -> new TrendResponse.TouchpointPoint(t.touchpointId(), t.attainment(), t.valid(), t.good(), t.score(), t.status().name())).toList();
        return point(day, true, p.version(), c.score(), c.status().name(), c.attainment(), c.valid(), c.good(), touchpoints);
    }

    private static TrendResponse.Point absent(Snapshot day) {
        return point(day, false, null, null, null, null, null, null, List.of());
    }

    private static TrendResponse.Point point(Snapshot day, boolean inForce, @Nullable Integer version, @Nullable Double score, @Nullable String status,
                                             @Nullable Double attainment, @Nullable Long valid, @Nullable Long good,
                                             List<TrendResponse.TouchpointPoint> touchpoints) {
        return new TrendResponse.Point(day.localDay(), day.asOf(), day.computedAt(), day.outOfDate(), day.revised(), inForce, version, score, status,
                attainment, valid, good, touchpoints);
    }
}
