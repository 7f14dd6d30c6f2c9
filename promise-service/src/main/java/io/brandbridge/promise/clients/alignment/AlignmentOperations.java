package io.brandbridge.promise.clients.alignment;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Delete;

/** What this service asks alignment-service. */
public interface AlignmentOperations {

    /** Removes everything alignment-service keeps for a brand (snapshots, backfill jobs, the brand itself): 204, also when there was nothing. */
    @Delete("/api/v1/alignment/brands/{brandId}")
    HttpStatus deleteBrand(String brandId);
}
