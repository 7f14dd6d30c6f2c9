package io.brandbridge.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

/** A classic token bucket on a nanosecond clock; callers pass the time so tests can drive it. */
final class TokenBucket {

    private final RateLimit limit;
    private double tokens;
    private long refilledAt;

    TokenBucket(RateLimit limit, long now) {
        this.limit = limit;
        this.tokens = limit.burst();
        this.refilledAt = now;
    }

    RateLimit limit() {
        return limit;
    }

    /** How long an untouched bucket takes to fill up from empty: after that it is as good as new. */
    long nanosToRefill() {
        double seconds = limit.burst() / limit.requestsPerSecond();
        return (long) Math.min(Long.MAX_VALUE / 2, Math.ceil(seconds * TimeUnit.SECONDS.toNanos(1)));
    }

    /**
     * Takes one token. The quota's wait is 0 when granted, otherwise the whole seconds until one is
     * available (at least 1); its reset is the whole seconds until the bucket is full again.
     */
    synchronized Quota take(long now) {
        double elapsedSeconds = Math.max(0, now - refilledAt) / (double) TimeUnit.SECONDS.toNanos(1);
        tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.requestsPerSecond());
        refilledAt = now;
        long wait = 0;
        if (tokens >= 1) {
            tokens -= 1;
        } else {
            wait = Math.max(1, (long) Math.ceil((1 - tokens) / limit.requestsPerSecond()));
        }
        long reset = (long) Math.ceil((limit.burst() - tokens) / limit.requestsPerSecond());
        return new Quota(wait, limit.burst(), (long) Math.floor(tokens), reset);
    }
}
