package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.TouchpointAlignment;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code gap.closed} in the previous snapshot's gap order and {@code gap.opened} in the new one's; a gap is its (promise, commitment, touchpoint). */
final class GapTransitions {

    private record Key(String promiseId, String commitmentKey, String touchpointId) {

        static Key of(Gap gap) {
            return new Key(gap.promiseId(), gap.commitmentKey(), gap.touchpointId());
        }
    }

    private GapTransitions() {
    }

    static List<Transition> closed(BrandAlignment previous, BrandAlignment next) {
        Set<Key> open = keys(next);
        PromiseIndex now = PromiseIndex.of(next);
        return previous.gaps().stream()
                .filter(gap -> !open.contains(Key.of(gap)))
                .map(gap -> new Transition(EventType.GAP_CLOSED, closedGap(gap, now)))
                .toList();
    }

    static List<Transition> opened(BrandAlignment previous, BrandAlignment next) {
        Set<Key> before = keys(previous);
        return next.gaps().stream()
                .filter(gap -> !before.contains(Key.of(gap)))
                .map(gap -> new Transition(EventType.GAP_OPENED, GapChanged.opened(gap)))
                .toList();
    }

    private static GapChanged closedGap(Gap gap, PromiseIndex now) {
        PromiseAlignment promise = now.promise(gap.promiseId());
        CommitmentAlignment commitment = PromiseIndex.commitment(promise, gap.commitmentKey());
        TouchpointAlignment touchpoint = PromiseIndex.touchpoint(commitment, gap.touchpointId());
        return touchpoint == null ? GapChanged.closedUnmeasured(gap) : GapChanged.closed(promise, commitment, touchpoint);
    }

    private static Set<Key> keys(BrandAlignment alignment) {
        return alignment.gaps().stream().map(Key::of).collect(Collectors.toSet());
    }
}
