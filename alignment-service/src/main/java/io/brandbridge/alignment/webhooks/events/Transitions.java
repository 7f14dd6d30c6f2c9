package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between a brand's previous snapshot and its new one, as webhook events. Things are matched across snapshots by
 * their identity, not their figures: a promise by promiseId (any version), a commitment by key within its promise, a gap by
 * (promise, commitment, touchpoint), a conflict by (touchpoint, target, promise, commitment), a handoff by (from, to).
 * Pure and deterministic: the same two snapshots always give the same list, in the order status changes, burn alerts, gaps
 * closed, gaps opened, conflicts detected, handoffs degraded.
 */
public final class Transitions {

    private Transitions() {
    }

    /**
     * The transitions from {@code previous} to {@code next}. The handoff arguments may be null when a snapshot holds no matrix;
     * handoffs are compared only when both matrices are {@code KEPT}.
     */
    public static List<Transition> between(BrandAlignment previous, @Nullable SnapshotHandoffs previousHandoffs,
                                           BrandAlignment next, @Nullable SnapshotHandoffs nextHandoffs) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(next, "next");
        List<Transition> transitions = new ArrayList<>();
        transitions.addAll(PromiseTransitions.statusChanges(previous, next));
        transitions.addAll(PromiseTransitions.burnAlerts(previous, next));
        transitions.addAll(GapTransitions.closed(previous, next));
        transitions.addAll(GapTransitions.opened(previous, next));
        transitions.addAll(ConflictTransitions.detected(previous, next));
        transitions.addAll(HandoffTransitions.degraded(previousHandoffs, nextHandoffs));
        return List.copyOf(transitions);
    }
}
