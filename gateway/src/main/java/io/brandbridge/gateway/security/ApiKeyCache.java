package io.brandbridge.gateway.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recent key look-ups by key hash, found or not, for {@code cacheTtl}; so most requests never reach
 * the database. Revoking evicts at once, and a look-up that raced with a revocation is not cached.
 */
@Singleton
public class ApiKeyCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();
    private final long ttlNanos;
    private final int maxSize;

    public ApiKeyCache(KeyConfiguration configuration) {
        this.ttlNanos = configuration.cacheTtl().toNanos();
        this.maxSize = configuration.cacheSize();
    }

    /** The cached look-up, or null when the database must be asked. */
    @Nullable
    public Entry get(String keyHash) {
        Entry entry = entries.get(keyHash);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.cachedAt >= ttlNanos) {
            entries.remove(keyHash, entry);
            return null;
        }
        return entry;
    }

    /** A token to pass to {@link #put}: taken before the database read, it tells whether an eviction happened since. */
    public long version() {
        return evictions.get();
    }

    public void put(String keyHash, Optional<AuthenticatedClient> client, long version) {
        if (entries.size() >= maxSize) {
            // Crude but bounded: a flood of unknown keys cannot grow the map without limit.
            entries.clear();
        }
        entries.put(keyHash, new Entry(client, System.nanoTime()));
        if (evictions.get() != version) {
            entries.remove(keyHash);
        }
    }

    public void evict(String keyHash) {
        evictions.incrementAndGet();
        entries.remove(keyHash);
    }

    /** A look-up result: the client, or empty for a key that belongs to no active client. */
    public record Entry(Optional<AuthenticatedClient> client, long cachedAt) {
    }
}
