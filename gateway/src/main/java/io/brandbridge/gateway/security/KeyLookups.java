package io.brandbridge.gateway.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Key look-ups in the database, at most {@code maxConcurrentLookups} at once, counted by result in
 * {@code brandbridge.gateway.key.lookups}.
 */
@Singleton
public class KeyLookups {

    static final String METRIC = "brandbridge.gateway.key.lookups";

    private final ApiKeyStore store;
    private final Semaphore permits;
    private final long waitNanos;
    private final Counter found;
    private final Counter unknown;
    private final Counter failed;

    public KeyLookups(ApiKeyStore store, ThrottleConfiguration configuration, MeterRegistry meters) {
        this.store = store;
        this.permits = new Semaphore(configuration.maxConcurrentLookups());
        this.waitNanos = configuration.lookupWait().toNanos();
        this.found = meters.counter(METRIC, "result", "found");
        this.unknown = meters.counter(METRIC, "result", "unknown");
        this.failed = meters.counter(METRIC, "result", "failed");
    }

    /** Blocking: the client the key hash belongs to; {@link Busy} when no look-up could start within the wait. */
    public Optional<AuthenticatedClient> find(String keyHash) throws InterruptedException {
        if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            throw new Busy();
        }
        try {
            Optional<AuthenticatedClient> client = store.findByKeyHash(keyHash);
            (client.isPresent() ? found : unknown).increment();
            return client;
        } catch (RuntimeException e) {
            failed.increment();
            throw e;
        } finally {
            permits.release();
        }
    }

    /** Every look-up slot stayed taken for the whole wait. */
    public static final class Busy extends RuntimeException {
        Busy() {
            super("every key look-up slot is taken", null, false, false);
        }
    }
}
