package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Data of {@code promise.status_changed}: the promise's new standing, the old one (null for a newcomer) and the commitments that moved. */
@Serdeable
public record PromiseStatusChanged(String promiseId, int promiseVersion, String title, @Nullable Status from, Status to,
                                   @Nullable Double score, @Nullable Double previousScore, List<MovedCommitment> commitments) {

    static PromiseStatusChanged of(@Nullable PromiseAlignment before, PromiseAlignment now, List<MovedCommitment> moved) {
        return new PromiseStatusChanged(now.promiseId(), now.version(), now.title(), before == null ? null : before.status(),
                now.status(), now.score(), before == null ? null : before.score(), moved);
    }
}
