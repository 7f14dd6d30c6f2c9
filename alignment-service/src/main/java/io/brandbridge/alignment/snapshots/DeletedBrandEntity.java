package io.brandbridge.alignment.snapshots;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A brand deleted at promise-service's request: kept so that nothing registers, computes or stores it again. */
@MappedEntity("alignment_deleted_brand")
public record DeletedBrandEntity(@Id String brandId, Instant deletedAt) {
}
