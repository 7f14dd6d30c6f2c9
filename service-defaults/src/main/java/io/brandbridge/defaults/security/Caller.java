package io.brandbridge.defaults.security;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.Set;

/**
 * Who is calling, as the gateway vouches for it: the client, its roles and the brands it may see.
 * {@code allBrands} stands for an unrestricted scope.
 */
@Serdeable
public record Caller(String client, Set<Role> roles, Set<String> brands, boolean allBrands) {

    public Caller {
        roles = Set.copyOf(roles);
        brands = Set.copyOf(brands);
    }

    public static Caller service(String name) {
        return new Caller(name, Set.of(Role.SERVICE), Set.of(), true);
    }

    public boolean mayAccessBrand(String brandId) {
        return allBrands || brands.contains(brandId);
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }
}
