package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.Conflict;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code conflict.detected} in the new snapshot's order; a conflict is its (touchpoint, target, promise, commitment). */
final class ConflictTransitions {

    private record Key(String touchpointId, String targetId, String promiseId, String commitmentKey) {

        static Key of(Conflict conflict) {
            return new Key(conflict.touchpointId(), conflict.target().id(), conflict.commitment().promiseId(), conflict.commitment().key());
        }
    }

    private ConflictTransitions() {
    }

    static List<Transition> detected(BrandAlignment previous, BrandAlignment next) {
        Set<Key> before = previous.conflicts().stream().map(Key::of).collect(Collectors.toSet());
        return next.conflicts().stream()
                .filter(conflict -> !before.contains(Key.of(conflict)))
                .map(conflict -> new Transition(EventType.CONFLICT_DETECTED, ConflictDetected.of(conflict)))
                .toList();
    }
}
