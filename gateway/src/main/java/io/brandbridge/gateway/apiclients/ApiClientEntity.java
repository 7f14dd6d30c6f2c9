package io.brandbridge.gateway.apiclients;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code api_client}: roles and brands are comma-separated, the key is only its SHA-256. */
@MappedEntity("api_client")
public record ApiClientEntity(
        @Id String id,
        String name,
        String roles,
        String brands,
        boolean allBrands,
        String keyHash,
        @Nullable Double ratePerSecond,
        @Nullable Integer rateBurst,
        Instant createdAt,
        @Nullable Instant revokedAt,
        @Nullable Instant expiresAt) {
}
