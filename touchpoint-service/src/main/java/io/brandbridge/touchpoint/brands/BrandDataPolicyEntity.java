package io.brandbridge.touchpoint.brands;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A brand's stored data policy row; brands without one run on the defaults. */
@MappedEntity("brand_data_policy")
record BrandDataPolicyEntity(@Id String brandId,
                             int repeatWindowDays,
                             @Nullable Integer interactionRetentionDays,
                             boolean piiGuard,
                             Instant updatedAt) {

    BrandDataPolicy toPolicy() {
        return new BrandDataPolicy(brandId, repeatWindowDays, interactionRetentionDays, piiGuard, updatedAt);
    }
}
