package io.brandbridge.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recent key look-ups by key hash, so most requests never reach the database: known keys for
 * {@code cacheTtl}, and keys that belong to no client for {@code unknownCacheTtl}, each bounded in size.
 * Revoking evicts at once, and a look-up that raced with a revocation is not cached.
 */
@Singleton
public class ApiKeyCache {

    private static final Entry UNKNOWN = new Entry(Optional.empty());

    private final Cache<String, Entry> known;
    private final Cache<String, Entry> unknown;
    private final AtomicLong evictions = new AtomicLong();

    public ApiKeyCache(KeyConfiguration configuration, Ticker ticker) {
        // Maintenance runs on the calling thread, so the size bound holds as soon as a put returns.
        this.known = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .expireAfterWrite(configuration.cacheTtl()).maximumSize(configuration.cacheSize()).build();
        this.unknown = Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .expireAfterWrite(configuration.unknownCacheTtl()).maximumSize(configuration.unknownCacheSize()).build();
    }

    /** The cached look-up, or null when the database must be asked. */
    @Nullable
    public Entry get(String keyHash) {
        Entry entry = known.getIfPresent(keyHash);
        return entry != null ? entry : unknown.getIfPresent(keyHash);
    }

    /** A token to pass to {@link #put}: taken before the database read, it tells whether an eviction happened since. */
    public long version() {
        return evictions.get();
    }

    public void put(String keyHash, Optional<AuthenticatedClient> client, long version) {
        if (client.isEmpty()) {
            unknown.put(keyHash, UNKNOWN);
            return;
        }
        known.put(keyHash, new Entry(client));
        if (evictions.get() != version) {
            known.invalidate(keyHash);
        }
    }

    public void evict(String keyHash) {
        evictions.incrementAndGet();
        known.invalidate(keyHash);
    }

    /** Entries held now, known and unknown; for tests of the bounds. */
    long size() {
        known.cleanUp();
        unknown.cleanUp();
        return known.estimatedSize() + unknown.estimatedSize();
    }

    /** A look-up result: the client, or empty for a key that belongs to no active client. */
    public record Entry(Optional<AuthenticatedClient> client) {
    }
}
