package io.brandbridge.defaults.security;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Set;

/**
 * What a valid internal token says: who issued it, for whom, with which roles and brand scope. The
 * scope is every brand, a list, or a {@link ScopeReferences reference} still to be resolved.
 */
public record VerifiedToken(String issuer, String client, Set<Role> roles, boolean allBrands, Set<String> brands,
                            @Nullable String scopeReference, Instant expiresAt) {

    public VerifiedToken {
        roles = Set.copyOf(roles);
        brands = Set.copyOf(brands);
    }

    public boolean needsScopeResolution() {
        return scopeReference != null;
    }

    /** The caller, for a token whose scope it carries itself. */
    public Caller caller() {
        if (needsScopeResolution()) {
            throw new IllegalStateException("The brand scope of this token is a reference; resolve it first");
        }
        return new Caller(client, roles, brands, allBrands);
    }

    /** The caller, with the brands its scope reference stands for. */
    public Caller callerWith(Set<String> resolvedBrands) {
        return new Caller(client, roles, resolvedBrands, false);
    }
}
