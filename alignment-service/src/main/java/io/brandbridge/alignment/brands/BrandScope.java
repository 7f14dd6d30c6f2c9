package io.brandbridge.alignment.brands;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;

/**
 * Who may see which brand's alignment. A brand outside the caller's scope answers the same 404 as a brand
 * with no snapshot. A PARTNER sees only the brands it was granted by name, even if its token claims all.
 */
public final class BrandScope {

    private BrandScope() {
    }

    public static void require(Caller caller, String brandId) {
        if (!mayAccess(caller, brandId)) {
            throw noSnapshot(brandId);
        }
    }

    public static boolean mayAccess(Caller caller, String brandId) {
        boolean partnerOnly = caller.hasAnyRole(Role.PARTNER) && !caller.hasAnyRole(Role.ADMIN, Role.SERVICE);
        return partnerOnly ? caller.brands().contains(brandId) : caller.mayAccessBrand(brandId);
    }

    public static ProblemException noSnapshot(String brandId) {
        return ProblemException.notFound("Alignment of brand", brandId);
    }
}
