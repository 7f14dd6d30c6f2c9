package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.Handoff;
import io.brandbridge.alignment.snapshots.HandoffMatrixState;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import io.micronaut.core.annotation.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code handoff.degraded} in the new matrix's order; a handoff is its (from, to) touchpoint pair. */
final class HandoffTransitions {

    private record Key(String fromTouchpointId, String toTouchpointId) {

        static Key of(Handoff handoff) {
            return new Key(handoff.fromTouchpointId(), handoff.toTouchpointId());
        }
    }

    private HandoffTransitions() {
    }

    /** Only two kept matrices compare: a matrix missing on either side would make every handoff look new. */
    static List<Transition> degraded(@Nullable SnapshotHandoffs previous, @Nullable SnapshotHandoffs next) {
        if (!kept(previous) || !kept(next)) {
            return List.of();
        }
        Map<Key, Long> letDownBefore = new HashMap<>();
        previous.matrix().handoffs().forEach(h -> letDownBefore.putIfAbsent(Key.of(h), h.customersLetDown()));
        return next.matrix().handoffs().stream()
                .filter(h -> h.customersLetDown() > 0 && letDownBefore.getOrDefault(Key.of(h), 0L) == 0)
                .map(h -> new Transition(EventType.HANDOFF_DEGRADED, HandoffDegraded.of(h, letDownBefore.get(Key.of(h)))))
                .toList();
    }

    private static boolean kept(@Nullable SnapshotHandoffs handoffs) {
        return handoffs != null && handoffs.state() == HandoffMatrixState.KEPT && handoffs.matrix() != null;
    }
}
