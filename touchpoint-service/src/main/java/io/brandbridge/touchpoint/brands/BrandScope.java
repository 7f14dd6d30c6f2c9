package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;

/** A brand outside the caller's scope answers exactly like an unknown one. */
public final class BrandScope {

    private BrandScope() {
    }

    public static void require(String brandId, Caller caller) {
        if (!caller.mayAccessBrand(brandId)) {
            throw ProblemException.notFound("Brand", brandId);
        }
    }
}
