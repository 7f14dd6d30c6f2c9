package io.brandbridge.defaults.testing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The behaviour behind a stub dependency that client tests steer: it counts calls, answers late
 * with {@code delayMillis}, and fails the next {@code failuresLeft} calls with 503. A test subclass
 * makes it a bean; {@link #reset()} starts each test from a quiet stub.
 */
public class StubDependency {

    public final AtomicInteger calls = new AtomicInteger();
    public final AtomicInteger failuresLeft = new AtomicInteger();
    public volatile long delayMillis;
    private final AtomicInteger inFlight = new AtomicInteger();

    public <T> HttpResponse<T> answer(T body) throws InterruptedException {
        calls.incrementAndGet();
        inFlight.incrementAndGet();
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE);
            }
            return HttpResponse.ok(body);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Waits out requests a timed-out test left behind (they would eat this test's failures), then clears the counters. */
    public void reset() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        calls.set(0);
        failuresLeft.set(0);
        delayMillis = 0;
    }
}
