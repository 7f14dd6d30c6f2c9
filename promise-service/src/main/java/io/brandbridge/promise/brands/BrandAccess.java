package io.brandbridge.promise.brands;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import jakarta.inject.Singleton;

/** Finds a brand the caller may see; a brand outside the caller's scope is as absent as a missing one. */
@Singleton
public class BrandAccess {

    private final BrandRepository brands;

    BrandAccess(BrandRepository brands) {
        this.brands = brands;
    }

    public Brand require(Caller caller, String brandId) {
        return brands.findById(brandId)
                .filter(brand -> caller.mayAccessBrand(brand.id()))
                .orElseThrow(() -> ProblemException.notFound("Brand", brandId));
    }
}
