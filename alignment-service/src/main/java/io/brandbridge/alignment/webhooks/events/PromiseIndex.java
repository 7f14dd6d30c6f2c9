package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.TouchpointAlignment;
import io.micronaut.core.annotation.Nullable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A snapshot's promises looked up the way transitions match them: by promiseId whatever the version, then commitment key, then touchpoint. */
final class PromiseIndex {

    private final Map<String, PromiseAlignment> byId = new HashMap<>();

    private PromiseIndex(List<PromiseAlignment> promises) {
        promises.forEach(p -> byId.putIfAbsent(p.promiseId(), p));
    }

    static PromiseIndex of(BrandAlignment alignment) {
        return new PromiseIndex(alignment.promises());
    }

    @Nullable
    PromiseAlignment promise(String promiseId) {
        return byId.get(promiseId);
    }

    @Nullable
    CommitmentAlignment commitment(String promiseId, String key) {
        return commitment(promise(promiseId), key);
    }

    @Nullable
    static CommitmentAlignment commitment(@Nullable PromiseAlignment promise, String key) {
        if (promise == null) {
            return null;
        }
        return promise.commitments().stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    @Nullable
    static TouchpointAlignment touchpoint(@Nullable CommitmentAlignment commitment, String touchpointId) {
        if (commitment == null) {
            return null;
        }
        return commitment.touchpoints().stream().filter(t -> t.touchpointId().equals(touchpointId)).findFirst().orElse(null);
    }
}
