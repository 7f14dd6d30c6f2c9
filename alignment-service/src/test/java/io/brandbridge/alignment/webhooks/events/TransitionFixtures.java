package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Comparison;
import io.brandbridge.alignment.scoring.Conflict;
import io.brandbridge.alignment.scoring.Consistency;
import io.brandbridge.alignment.scoring.ContingencyTable;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.Handoff;
import io.brandbridge.alignment.scoring.HandoffMatrix;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.scoring.TouchpointAlignment;
import io.brandbridge.alignment.scoring.WindowType;
import io.brandbridge.alignment.snapshots.HandoffMatrixState;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;

import java.time.Instant;
import java.util.List;

/** Small snapshots built by hand: only the fields that identify a thing or decide a transition vary, the rest is fixed. */
final class TransitionFixtures {

    static final Instant FROM = Instant.parse("2025-03-01T00:00:00Z");
    static final Instant TO = Instant.parse("2025-03-29T00:00:00Z");
    static final double OBJECTIVE = 0.75;

    private TransitionFixtures() {
    }

    static BrandAlignment alignment(List<PromiseAlignment> promises, List<Gap> gaps, List<Conflict> conflicts) {
        return new BrandAlignment(null, promises, gaps, conflicts);
    }

    static BrandAlignment promisesOnly(PromiseAlignment... promises) {
        return alignment(List.of(promises), List.of(), List.of());
    }

    static PromiseAlignment promise(String id, int version, Status status, CommitmentAlignment... commitments) {
        return promise(id, version, status, status == Status.NO_DATA ? null : 80.0 + version, commitments);
    }

    static PromiseAlignment promise(String id, int version, Status status, Double score, CommitmentAlignment... commitments) {
        return new PromiseAlignment(id, version, "Promise " + id, 1, List.of("CALL_CENTRE"), score, status, List.of(commitments));
    }

    static CommitmentAlignment commitment(String key, Status status, BurnAlert alert, TouchpointAlignment... touchpoints) {
        boolean data = status != Status.NO_DATA;
        return new CommitmentAlignment(key, "wait_seconds", Comparison.LE, 60, OBJECTIVE, 1, 30, WindowType.ROLLING_DAYS, 28, FROM, TO,
                data ? 200 : 0, data ? 170 : 0, data ? 0.85 : null, data ? 20 : 0, data ? -0.5 : null, data ? 30 : 0, data ? 10 : 0,
                data ? 94.4 : null, data ? 1.5 : null, alert, status, new Consistency(0, null, false, null, null), List.of(touchpoints));
    }

    static CommitmentAlignment commitment(String key, Status status) {
        return commitment(key, status, status == Status.KEPT ? BurnAlert.NONE : null);
    }

    static TouchpointAlignment row(String touchpointId, long valid, long good) {
        long broken = valid - good;
        double allowed = (1 - OBJECTIVE) * valid;
        return new TouchpointAlignment(touchpointId, "Touchpoint " + touchpointId, "CALL_CENTRE", valid, good,
                valid == 0 ? null : (double) good / valid, allowed, valid == 0 ? null : 1 - broken / allowed, broken,
                Math.max(0, broken - allowed), valid == 0 ? null : 100.0, valid < 30 ? Status.NO_DATA : Status.KEPT);
    }

    static Gap gap(String promiseId, String commitmentKey, String touchpointId) {
        return new Gap(promiseId, "Promise " + promiseId, commitmentKey, "wait_seconds", Comparison.LE, 60, OBJECTIVE, touchpointId,
                "Touchpoint " + touchpointId, "CALL_CENTRE", 100, 70, 0.7, 10, 30, 20);
    }

    static Conflict conflict(String touchpointId, String targetId, String promiseId, String commitmentKey) {
        return new Conflict(touchpointId, "Touchpoint " + touchpointId, "CALL_CENTRE",
                new Conflict.Target(targetId, "handle_seconds", Comparison.LE, 180, "COST"),
                new Conflict.Commitment(promiseId, "Promise " + promiseId, commitmentKey, "resolved_first_contact", Comparison.EQ, 1, 30),
                FROM, TO, new ContingencyTable(58, 42, 83, 17), 100, 100, 0.58, 0.83, -3.9,
                "calls that met the 180 s handle-time target were resolved first time 58% of the time, longer calls 83%");
    }

    static Handoff handoff(String from, String to, long customersLetDown) {
        return new Handoff(from, "Touchpoint " + from, to, "Touchpoint " + to, 120, 40, 40 / 120.0, 95, customersLetDown,
                customersLetDown + " customers came back after " + from + " passed them to " + to);
    }

    static SnapshotHandoffs kept(Handoff... handoffs) {
        return new SnapshotHandoffs(HandoffMatrixState.KEPT, new HandoffMatrix(FROM, TO, 500, 300, 30, 0.1, List.of(handoffs)));
    }

    static SnapshotHandoffs withoutMatrix(HandoffMatrixState state) {
        return new SnapshotHandoffs(state, HandoffMatrix.empty(FROM, TO));
    }

    static List<EventType> types(List<Transition> transitions) {
        return transitions.stream().map(Transition::type).toList();
    }
}
