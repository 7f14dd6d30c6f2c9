package io.brandbridge.touchpoint.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A touchpoint row; {@code revision} counts stored changes and feeds the ETag. The internal {@code seq}
 * and ingest counter are read by hand-written SQL only.
 */
@MappedEntity("touchpoint")
public record Touchpoint(@Id String id,
                         String brandId,
                         TouchpointType type,
                         String name,
                         String owner,
                         String region,
                         @Nullable String vendor,
                         String timeZone,
                         long revision,
                         Instant createdAt,
                         Instant updatedAt) {
}
