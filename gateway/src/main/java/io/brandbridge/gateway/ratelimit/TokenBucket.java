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

    /** Takes one token: 0 when granted, otherwise the whole seconds until one is available (at least 1). */
    synchronized long take(long now) {
        double elapsedSeconds = Math.max(0, now - refilledAt) / (double) TimeUnit.SECONDS.toNanos(1);
        tokens = Math.min(limit.burst(), tokens + elapsedSeconds * limit.requestsPerSecond());
        refilledAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / limit.requestsPerSecond()));
    }
}
