package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Conflict;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.Handoff;
import io.brandbridge.alignment.scoring.HandoffMatrix;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.scoring.TouchpointAlignment;
import io.brandbridge.alignment.snapshots.HandoffMatrixState;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.FROM;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.TO;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.alignment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.commitment;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.conflict;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.gap;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.handoff;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.promise;
import static io.brandbridge.alignment.webhooks.events.TransitionFixtures.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random pairs of small snapshots drawn over a few shared ids, so keys overlap often. Each snapshot is first a plain model (maps
 * keyed by identity); the expected events are decided key by key over the union of both models, then compared per type as
 * multisets with what {@link Transitions} finds in the rendered, shuffled snapshots.
 */
class TransitionsPropertyTest {

    private static final int CASES = 600;
    private static final List<String> PROMISES = List.of("p0", "p1", "p2", "p3");
    private static final List<String> COMMITMENTS = List.of("c0", "c1", "c2");
    private static final List<String> TOUCHPOINTS = List.of("t0", "t1", "t2");
    private static final List<String> TARGETS = List.of("g0", "g1");
    private static final List<Status> STATUSES = List.of(Status.values());
    private static final List<BurnAlert> ALERTS = Arrays.asList(null, BurnAlert.NONE, BurnAlert.SLOW, BurnAlert.FAST);
    // KEPT three times in six: both sides kept, the only case where handoffs compare, then comes up often enough.
    private static final List<HandoffMatrixState> STATES = Arrays.asList(HandoffMatrixState.KEPT, HandoffMatrixState.KEPT,
            HandoffMatrixState.KEPT, HandoffMatrixState.UNANSWERED, HandoffMatrixState.PREDATES_HANDOFFS, null);

    private record CommitmentModel(Status status, BurnAlert alert, Map<String, Long> validByTouchpoint) {
    }

    private record PromiseModel(int version, Status status, Map<String, CommitmentModel> commitments) {
    }

    private record SnapshotModel(Map<String, PromiseModel> promises, Set<List<String>> gaps, Set<List<String>> conflicts,
                                 HandoffMatrixState handoffState, Map<List<String>, Long> letDown) {
    }

    @Test
    void transitionsMatchAKeyByKeyCountAndASnapshotAgainstItselfGivesNone() {
        Map<EventType, Integer> seen = new EnumMap<>(EventType.class);
        for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            SnapshotModel before = model(random);
            SnapshotModel after = model(random);

            List<Transition> found = Transitions.between(render(before, random), handoffs(before, random), render(after, random), handoffs(after, random));

            assertEquals(expected(before, after), signatures(found), "seed " + seed);
            assertInFamilyOrder(found, seed);
            assertEquals(List.of(), Transitions.between(render(before, random), handoffs(before, random), render(before, random),
                    handoffs(before, random)), "seed " + seed + " against itself, shuffled");
            found.forEach(t -> seen.merge(t.type(), 1, Integer::sum));
        }
        for (EventType type : List.of(EventType.PROMISE_STATUS_CHANGED, EventType.COMMITMENT_BURN_ALERT, EventType.GAP_OPENED,
                EventType.GAP_CLOSED, EventType.CONFLICT_DETECTED, EventType.HANDOFF_DEGRADED)) {
            assertTrue(seen.getOrDefault(type, 0) >= 100, type + " seen " + seen.get(type) + " times");
        }
    }

    private static SnapshotModel model(Random random) {
        Map<String, PromiseModel> promises = new LinkedHashMap<>();
        for (String id : PROMISES) {
            if (random.nextInt(10) < 7) {
                Map<String, CommitmentModel> commitments = new LinkedHashMap<>();
                for (String key : COMMITMENTS) {
                    if (random.nextInt(10) < 7) {
                        Map<String, Long> valid = new LinkedHashMap<>();
                        TOUCHPOINTS.stream().filter(t -> random.nextInt(10) < 7).forEach(t -> valid.put(t, 1L + random.nextInt(300)));
                        commitments.put(key, new CommitmentModel(pick(STATUSES, random), pick(ALERTS, random), valid));
                    }
                }
                promises.put(id, new PromiseModel(1 + random.nextInt(3), pick(STATUSES, random), commitments));
            }
        }
        Set<List<String>> gaps = new HashSet<>();
        Set<List<String>> conflicts = new HashSet<>();
        for (String p : PROMISES) {
            for (String c : COMMITMENTS) {
                for (String t : TOUCHPOINTS) {
                    if (random.nextInt(100) < 15) {
                        gaps.add(List.of(p, c, t));
                    }
                    for (String g : TARGETS) {
                        if (random.nextInt(100) < 8) {
                            conflicts.add(List.of(t, g, p, c));
                        }
                    }
                }
            }
        }
        Map<List<String>, Long> letDown = new LinkedHashMap<>();
        for (String from : TOUCHPOINTS) {
            for (String to : TOUCHPOINTS) {
                if (!from.equals(to) && random.nextBoolean()) {
                    letDown.put(List.of(from, to), List.of(0L, 0L, 1L, 5L).get(random.nextInt(4)));
                }
            }
        }
        return new SnapshotModel(promises, gaps, conflicts, pick(STATES, random), letDown);
    }

    private static BrandAlignment render(SnapshotModel model, Random random) {
        List<PromiseAlignment> promises = new ArrayList<>();
        model.promises().forEach((id, p) -> {
            List<CommitmentAlignment> commitments = new ArrayList<>();
            p.commitments().forEach((key, c) -> commitments.add(commitment(key, c.status(), c.alert(), shuffled(c.validByTouchpoint().entrySet()
                    .stream().map(v -> row(v.getKey(), v.getValue(), random.nextLong(v.getValue() + 1))).toList(), random)
                    .toArray(TouchpointAlignment[]::new))));
            promises.add(promise(id, p.version(), p.status(), shuffled(commitments, random).toArray(CommitmentAlignment[]::new)));
        });
        List<Gap> gaps = model.gaps().stream().map(k -> gap(k.get(0), k.get(1), k.get(2))).toList();
        List<Conflict> conflicts = model.conflicts().stream().map(k -> conflict(k.get(0), k.get(1), k.get(2), k.get(3))).toList();
        return alignment(shuffled(promises, random), shuffled(gaps, random), shuffled(conflicts, random));
    }

    private static SnapshotHandoffs handoffs(SnapshotModel model, Random random) {
        if (model.handoffState() == null) {
            return null;
        }
        List<Handoff> handoffs = model.letDown().entrySet().stream().map(e -> handoff(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList();
        // The matrix is filled whatever the state, so only the state can keep a non-KEPT side silent.
        return new SnapshotHandoffs(model.handoffState(), new HandoffMatrix(FROM, TO, 10, 5, 1, 0.2, shuffled(handoffs, random)));
    }

    private static Map<EventType, List<String>> expected(SnapshotModel before, SnapshotModel after) {
        Map<EventType, List<String>> expected = new TreeMap<>();
        for (String id : union(before.promises().keySet(), after.promises().keySet())) {
            PromiseModel then = before.promises().get(id);
            PromiseModel now = after.promises().get(id);
            if (now == null) {
                continue;
            }
            Map<String, CommitmentModel> thenCommitments = then == null ? Map.of() : then.commitments();
            if (then == null ? now.status() != Status.NO_DATA : then.status() != now.status()) {
                Set<String> moved = new TreeSet<>();
                for (String key : union(thenCommitments.keySet(), now.commitments().keySet())) {
                    CommitmentModel a = thenCommitments.get(key);
                    CommitmentModel b = now.commitments().get(key);
                    if (b != null && (a == null ? b.status() != Status.NO_DATA : a.status() != b.status())) {
                        moved.add(key + ":" + (a == null ? null : a.status()) + ">" + b.status());
                    }
                }
                add(expected, EventType.PROMISE_STATUS_CHANGED, id + "|" + now.version() + "|" + (then == null ? null : then.status())
                        + "|" + now.status() + "|" + moved);
            }
            for (String key : union(thenCommitments.keySet(), now.commitments().keySet())) {
                CommitmentModel b = now.commitments().get(key);
                BurnAlert previous = thenCommitments.containsKey(key) ? thenCommitments.get(key).alert() : null;
                if (b != null && (b.alert() == BurnAlert.SLOW || b.alert() == BurnAlert.FAST) && b.alert() != previous) {
                    add(expected, EventType.COMMITMENT_BURN_ALERT, id + "|" + key + "|" + b.alert() + "|" + previous);
                }
            }
        }
        for (List<String> key : union(before.gaps(), after.gaps())) {
            if (after.gaps().contains(key) && !before.gaps().contains(key)) {
                add(expected, EventType.GAP_OPENED, String.join("|", key));
            } else if (!after.gaps().contains(key)) {
                add(expected, EventType.GAP_CLOSED, String.join("|", key) + "|" + measuredValid(after, key));
            }
        }
        for (List<String> key : union(before.conflicts(), after.conflicts())) {
            if (after.conflicts().contains(key) && !before.conflicts().contains(key)) {
                add(expected, EventType.CONFLICT_DETECTED, String.join("|", key));
            }
        }
        if (before.handoffState() == HandoffMatrixState.KEPT && after.handoffState() == HandoffMatrixState.KEPT) {
            for (List<String> key : union(before.letDown().keySet(), after.letDown().keySet())) {
                Long then = before.letDown().get(key);
                Long now = after.letDown().get(key);
                if (now != null && now > 0 && (then == null || then == 0)) {
                    add(expected, EventType.HANDOFF_DEGRADED, String.join("|", key) + "|" + now + "|" + then);
                }
            }
        }
        expected.values().forEach(Collections::sort);
        return expected;
    }

    private static long measuredValid(SnapshotModel model, List<String> gapKey) {
        PromiseModel promise = model.promises().get(gapKey.get(0));
        CommitmentModel commitment = promise == null ? null : promise.commitments().get(gapKey.get(1));
        return commitment == null ? 0 : commitment.validByTouchpoint().getOrDefault(gapKey.get(2), 0L);
    }

    private static Map<EventType, List<String>> signatures(List<Transition> transitions) {
        Map<EventType, List<String>> found = new TreeMap<>();
        for (Transition t : transitions) {
            add(found, t.type(), switch (t.data()) {
                case PromiseStatusChanged d -> d.promiseId() + "|" + d.promiseVersion() + "|" + d.from() + "|" + d.to() + "|"
                        + new TreeSet<>(d.commitments().stream().map(c -> c.key() + ":" + c.from() + ">" + c.to()).toList());
                case BurnAlertRaised d -> d.promiseId() + "|" + d.commitmentKey() + "|" + d.alert() + "|" + d.previousAlert();
                case GapChanged d when t.type() == EventType.GAP_OPENED -> d.promiseId() + "|" + d.commitmentKey() + "|" + d.touchpointId();
                case GapChanged d -> d.promiseId() + "|" + d.commitmentKey() + "|" + d.touchpointId() + "|" + d.valid();
                case ConflictDetected d -> d.touchpointId() + "|" + d.target().id() + "|" + d.commitment().promiseId() + "|" + d.commitment().key();
                case HandoffDegraded d -> d.fromTouchpointId() + "|" + d.toTouchpointId() + "|" + d.customersLetDown() + "|" + d.previousCustomersLetDown();
                default -> throw new AssertionError("unexpected data " + t.data());
            });
        }
        found.values().forEach(Collections::sort);
        return found;
    }

    private static final List<EventType> FAMILY_ORDER = List.of(EventType.PROMISE_STATUS_CHANGED, EventType.COMMITMENT_BURN_ALERT,
            EventType.GAP_CLOSED, EventType.GAP_OPENED, EventType.CONFLICT_DETECTED, EventType.HANDOFF_DEGRADED);

    private static void assertInFamilyOrder(List<Transition> transitions, int seed) {
        for (int i = 1; i < transitions.size(); i++) {
            assertTrue(FAMILY_ORDER.indexOf(transitions.get(i - 1).type()) <= FAMILY_ORDER.indexOf(transitions.get(i).type()),
                    "seed " + seed + ": " + transitions.get(i - 1).type() + " before " + transitions.get(i).type());
        }
    }

    private static void add(Map<EventType, List<String>> byType, EventType type, String signature) {
        byType.computeIfAbsent(type, k -> new ArrayList<>()).add(signature);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
