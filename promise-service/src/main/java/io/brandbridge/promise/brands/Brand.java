package io.brandbridge.promise.brands;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A brand row; {@code revision} counts stored changes and feeds the ETag. */
@MappedEntity("brand")
public record Brand(@Id String id,
                    String name,
                    String slug,
                    String timeZone,
                    long revision,
                    Instant createdAt,
                    Instant updatedAt) {
}
