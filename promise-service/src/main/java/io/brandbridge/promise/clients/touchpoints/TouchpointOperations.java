package io.brandbridge.promise.clients.touchpoints;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Delete;

/** What this service asks touchpoint-service. */
public interface TouchpointOperations {

    /**
     * Removes what touchpoint-service keeps for a brand beside its touchpoints (data policy, pseudonym keys, erasure
     * audit): 204, also when there was nothing; a 409 problem while the brand still has touchpoints.
     */
    @Delete("/api/v1/brands/{brandId}/data")
    HttpStatus deleteBrandData(String brandId);
}
