package io.brandbridge.alignment.clients.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;

import java.time.Instant;
import java.util.Optional;

/** What this service asks promise-service. An unknown brand answers an empty Optional. */
public interface PromiseOperations {

    @Get("/api/v1/brands")
    RemoteBrandPage brands(@QueryValue int limit, @Nullable @QueryValue String cursor);

    @Get("/api/v1/brands/{brandId}")
    Optional<RemoteBrand> brand(String brandId);

    @Get("/api/v1/brands/{brandId}/promises/in-force")
    Optional<InForcePromises> inForce(String brandId, @QueryValue Instant at);
}
