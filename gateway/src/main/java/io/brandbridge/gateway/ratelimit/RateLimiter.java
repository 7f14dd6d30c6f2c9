package io.brandbridge.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.inject.Singleton;

/**
 * One token bucket per client, in this gateway's memory: with several gateway instances each one
 * enforces the limit on its own share of the traffic. A bucket is dropped once it has been idle long
 * enough to refill completely, when a new one is the same, and at most {@code clients} are kept.
 */
@Singleton
public class RateLimiter {

    private final Cache<String, TokenBucket> buckets;

    public RateLimiter(RateLimitConfiguration configuration) {
        this.buckets = Caffeine.newBuilder().maximumSize(configuration.clients()).expireAfter(new UntilFull()).build();
    }

    /** Takes one of the client's tokens; the quota says whether it may go ahead, or how long to wait. */
    public Quota acquire(String clientId, RateLimit limit) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.get(clientId, id -> new TokenBucket(limit, now));
        if (!bucket.limit().equals(limit)) {
            bucket = buckets.asMap().compute(clientId, (id, current) ->
                    current == null || !current.limit().equals(limit) ? new TokenBucket(limit, now) : current);
        }
        return bucket.take(now);
    }

    public void forget(String clientId) {
        buckets.invalidate(clientId);
    }

    private static final class UntilFull implements Expiry<String, TokenBucket> {

        @Override
        public long expireAfterCreate(String clientId, TokenBucket bucket, long now) {
            return bucket.nanosToRefill();
        }

        @Override
        public long expireAfterUpdate(String clientId, TokenBucket bucket, long now, long current) {
            return bucket.nanosToRefill();
        }

        @Override
        public long expireAfterRead(String clientId, TokenBucket bucket, long now, long current) {
            return bucket.nanosToRefill();
        }
    }
}
