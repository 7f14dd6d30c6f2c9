package io.brandbridge.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketTest {

    @Test
    void grantsExactlyBurstPlusRefillOverAnySequenceOfRequests() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            double rate = 0.5 + random.nextInt(20);
            int burst = 1 + random.nextInt(20);
            TokenBucket bucket = new TokenBucket(new RateLimit(rate, burst), 0);
            long now = 0;
            int granted = 0;
            double tokens = burst;
            for (int i = 0; i < 300; i++) {
                long step = random.nextInt(4) == 0 ? TimeUnit.MILLISECONDS.toNanos(random.nextInt(400)) : 0;
                now += step;
                tokens = Math.min(burst, tokens + step / 1e9 * rate);
                boolean expected = tokens >= 1;
                long wait = bucket.take(now).retryAfter();
                assertEquals(expected, wait == 0, "round " + round + " request " + i);
                if (expected) {
                    tokens -= 1;
                    granted++;
                } else {
                    assertTrue(wait >= 1 && wait <= Math.ceil(1 / rate), "Retry-After " + wait);
                }
            }
            assertTrue(granted <= burst + now / 1e9 * rate + 1e-9);
        }
    }
}
