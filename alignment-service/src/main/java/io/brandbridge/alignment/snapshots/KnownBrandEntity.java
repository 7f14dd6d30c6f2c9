package io.brandbridge.alignment.snapshots;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A brand recomputed on schedule, with how its last recomputes went. */
@MappedEntity("alignment_brand")
public record KnownBrandEntity(@Id String brandId,
                               Instant registeredAt,
                               @Nullable Instant lastAttemptAt,
                               @Nullable Instant lastSuccessAt,
                               @Nullable Instant lastOutageAt,
                               @Nullable String lastOutage,
                               @Nullable Instant changesSince) {
}
