package io.brandbridge.promise.promises;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The identity of a promise across its versions: brand, creation time (the list order) and the current version. */
@MappedEntity("promise")
public record Promise(@Id String id, String brandId, int currentVersion, Instant createdAt) {
}
