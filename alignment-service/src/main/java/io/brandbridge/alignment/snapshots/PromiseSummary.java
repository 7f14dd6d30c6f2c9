package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A promise's score and status as of one snapshot. */
@Serdeable
public record PromiseSummary(String promiseId, int version, String title, int priority, @Nullable Double score, Status status) {

    static PromiseSummary from(PromiseAlignment promise) {
        return new PromiseSummary(promise.promiseId(), promise.version(), promise.title(), promise.priority(), promise.score(), promise.status());
    }
}
