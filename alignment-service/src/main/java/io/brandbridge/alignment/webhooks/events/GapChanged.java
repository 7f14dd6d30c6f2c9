package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.TouchpointAlignment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Data of {@code gap.opened} and {@code gap.closed}. The figures are always those of the new snapshot: an opened gap's own, a
 * closed gap's touchpoint as the promise's commitment now measures it there. A gap closed because its promise, commitment or
 * touchpoint is no longer measured carries the names it had and no figures: valid 0, attainment null, no customers let down.
 */
@Serdeable
public record GapChanged(String promiseId, String promiseTitle, String commitmentKey, String metric, String touchpointId,
                         String touchpointName, String touchpointType, double objective, long valid, @Nullable Double attainment,
                         long brokenPromises, double excessBroken) {

    static GapChanged opened(Gap gap) {
        return new GapChanged(gap.promiseId(), gap.promiseTitle(), gap.commitmentKey(), gap.metric(), gap.touchpointId(),
                gap.touchpointName(), gap.touchpointType(), gap.objective(), gap.valid(), gap.attainment(), gap.brokenPromises(),
                gap.excessBroken());
    }

    static GapChanged closed(PromiseAlignment promise, CommitmentAlignment commitment, TouchpointAlignment now) {
        return new GapChanged(promise.promiseId(), promise.title(), commitment.key(), commitment.metric(), now.touchpointId(),
                now.name(), now.type(), commitment.objective(), now.valid(), now.attainment(), now.brokenPromises(), now.excessBroken());
    }

    static GapChanged closedUnmeasured(Gap gap) {
        return new GapChanged(gap.promiseId(), gap.promiseTitle(), gap.commitmentKey(), gap.metric(), gap.touchpointId(),
                gap.touchpointName(), gap.touchpointType(), gap.objective(), 0, null, 0, 0);
    }
}
