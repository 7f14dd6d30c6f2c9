package io.brandbridge.promise.brands;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Finds a brand the caller may see; a brand outside the caller's scope is as absent as a missing one. */
@Singleton
public class BrandAccess {

    private final BrandRepository brands;

    BrandAccess(BrandRepository brands) {
        this.brands = brands;
    }

    public Brand require(Caller caller, String brandId) {
        return visible(caller, brandId, brands.findById(brandId));
    }

    /** As {@link #require}, and the brand row stays locked until the transaction ends. */
    public Brand requireLocked(Caller caller, String brandId) {
        return visible(caller, brandId, brands.lockById(brandId));
    }

    private static Brand visible(Caller caller, String brandId, Optional<Brand> found) {
        return found.filter(brand -> caller.mayAccessBrand(brand.id()))
                .orElseThrow(() -> ProblemException.notFound("Brand", brandId));
    }
}
