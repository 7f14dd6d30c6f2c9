package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.ratelimit.RateLimitConfiguration;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/** Finds the client behind an API key: the bootstrap admin key in memory, every other key by its hash. */
@Singleton
public class ApiKeyAuthenticator {

    static final String BOOTSTRAP_ADMIN = "bootstrap-admin";
    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyAuthenticator.class);
    private static final int MIN_BOOTSTRAP_KEY_LENGTH = 32;

    private final ApiKeyCache cache;
    private final KeyLookups lookups;
    private final byte[] bootstrapHash;
    private final ApiKeyCache.Entry bootstrapAdmin;

    public ApiKeyAuthenticator(ApiKeyCache cache, KeyLookups lookups, KeyConfiguration configuration,
                               RateLimitConfiguration rateLimits) {
        this.cache = cache;
        this.lookups = lookups;
        String key = configuration.bootstrapAdmin();
        if (key == null || key.isBlank()) {
            this.bootstrapHash = null;
            LOG.warn("No bootstrap admin key (BRANDBRIDGE_ADMIN_KEY) is set: only keys created by an ADMIN client are accepted");
        } else if (key.strip().length() < MIN_BOOTSTRAP_KEY_LENGTH) {
            throw new IllegalStateException("BRANDBRIDGE_ADMIN_KEY must be at least " + MIN_BOOTSTRAP_KEY_LENGTH + " characters");
        } else {
            this.bootstrapHash = ApiKeys.hash(key.strip()).getBytes(StandardCharsets.US_ASCII);
        }
        this.bootstrapAdmin = new ApiKeyCache.Entry(Optional.of(new AuthenticatedClient(BOOTSTRAP_ADMIN, BOOTSTRAP_ADMIN,
                new Caller(BOOTSTRAP_ADMIN, Set.of(Role.ADMIN), Set.of(), true), rateLimits.defaultLimit(), null)));
    }

    /** The client for this key hash if it is known without the database, or null when {@link #load} must be called. */
    @Nullable
    public ApiKeyCache.Entry cached(String keyHash) {
        if (bootstrapHash != null && MessageDigest.isEqual(bootstrapHash, keyHash.getBytes(StandardCharsets.US_ASCII))) {
            return bootstrapAdmin;
        }
        return cache.get(keyHash);
    }

    /** Blocking: asks the database and caches the answer. */
    public Optional<AuthenticatedClient> load(String keyHash) throws InterruptedException {
        long version = cache.version();
        Optional<AuthenticatedClient> client = lookups.find(keyHash);
        cache.put(keyHash, client, version);
        return client;
    }
}
