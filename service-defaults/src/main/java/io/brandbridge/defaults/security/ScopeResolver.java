package io.brandbridge.defaults.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * Turns a scope reference into its brands by asking the gateway once: a reference names its content,
 * so a cached answer never goes stale and needs no expiry, only a bound.
 */
@Singleton
public class ScopeResolver {

    private final ScopeOperations gateway;
    private final Cache<String, Set<String>> resolved;

    public ScopeResolver(ScopeClient gateway, ScopeConfiguration configuration) {
        this.gateway = gateway;
        this.resolved = Caffeine.newBuilder().maximumSize(configuration.cacheSize()).build();
    }

    /** The brands if this reference was resolved before, or null. */
    @Nullable
    public Set<String> cached(String reference) {
        return resolved.getIfPresent(reference);
    }

    /**
     * Blocking: the brands the reference stands for, or empty when the gateway does not know it (the
     * client's scope changed or it was revoked). Throws {@link DependencyUnavailableException} when the
     * gateway cannot answer.
     */
    public Optional<Set<String>> resolve(String reference) {
        Set<String> known = resolved.getIfPresent(reference);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ScopeAnswer> answer = gateway.scope(reference);
        if (answer.isPresent() && ScopeClientFallback.isPlaceholder(answer.get())) {
            throw new DependencyUnavailableException("gateway", "scope look-up failed", null);
        }
        Optional<Set<String>> brands = answer
                .filter(a -> reference.equals(a.reference()) && a.brands() != null)
                .map(a -> Set.copyOf(a.brands()))
                // The digest is checked here too: the answer is trusted only if it is the content the reference names.
                .filter(b -> ScopeReferences.names(reference, b));
        brands.ifPresent(b -> resolved.put(reference, b));
        return brands;
    }
}
