package io.brandbridge.gateway.ratelimit;

import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client, in this gateway's memory: with several gateway instances each one
 * enforces the limit on its own share of the traffic.
 */
@Singleton
public class RateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** 0 when the client may go ahead, otherwise the seconds it should wait (for Retry-After). */
    public long acquire(String clientId, RateLimit limit) {
        long now = System.nanoTime();
        TokenBucket bucket = buckets.get(clientId);
        if (bucket == null || !bucket.limit().equals(limit)) {
            bucket = buckets.compute(clientId, (id, current) ->
                    current == null || !current.limit().equals(limit) ? new TokenBucket(limit, now) : current);
        }
        return bucket.take(now);
    }

    public void forget(String clientId) {
        buckets.remove(clientId);
    }
}
