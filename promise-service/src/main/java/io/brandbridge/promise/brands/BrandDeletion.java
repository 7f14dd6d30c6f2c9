package io.brandbridge.promise.brands;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.clients.BrandDataRemoval;
import io.brandbridge.promise.clients.alignment.AlignmentClient;
import io.brandbridge.promise.clients.touchpoints.TouchpointClient;
import jakarta.inject.Singleton;

/**
 * Deletes a brand across the services, in an order a retry completes: this service's own blockers (promises), then
 * touchpoint-service's data of the brand (refused while it has touchpoints), then alignment-service's, then the brand.
 * Both remote deletions are idempotent. They run outside any transaction, so no lock is held while a service answers.
 */
@Singleton
class BrandDeletion {

    private final BrandService brands;
    private final TouchpointClient touchpoints;
    private final AlignmentClient alignment;

    BrandDeletion(BrandService brands, TouchpointClient touchpoints, AlignmentClient alignment) {
        this.brands = brands;
        this.touchpoints = touchpoints;
        this.alignment = alignment;
    }

    void delete(Caller caller, String brandId) {
        brands.refuseDeletionWhileInUse(caller, brandId);
        BrandDataRemoval.require("touchpoint-service", brandId, () -> touchpoints.deleteBrandData(brandId));
        BrandDataRemoval.require("alignment-service", brandId, () -> alignment.deleteBrand(brandId));
        brands.delete(caller, brandId);
    }
}
