package io.brandbridge.promise.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One version of a promise. {@code revision} counts the changes to this row (draft edits, activation,
 * closing, retirement) so that updates can be made conditional on the state a client saw.
 */
@MappedEntity("promise_version")
public record PromiseVersion(@Id String id,
                             String promiseId,
                             String brandId,
                             int version,
                             String title,
                             String statement,
                             int priority,
                             PromiseStatus status,
                             @Nullable Instant effectiveFrom,
                             @Nullable Instant effectiveTo,
                             long revision,
                             Instant createdAt) {
}
