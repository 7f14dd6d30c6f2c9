package io.brandbridge.gateway.security;

import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * One database look-up per key at a time. When a key's cache entry expires, every request that
 * misses it together waits for the same look-up: a busy client behind one address would otherwise
 * start one per request and run into the look-up cap and its own address's failure budget.
 */
@Singleton
class SharedLookups {

    /** A look-up to wait for; {@code started} tells whether this caller started it. */
    record Lookup(CompletableFuture<Optional<AuthenticatedClient>> answer, boolean started) {
    }

    private final ConcurrentMap<String, CompletableFuture<Optional<AuthenticatedClient>>> running = new ConcurrentHashMap<>();

    /** The look-up already running for this key, if any. */
    Optional<CompletableFuture<Optional<AuthenticatedClient>>> running(String keyHash) {
        return Optional.ofNullable(running.get(keyHash));
    }

    /** Joins the running look-up for this key, or starts {@code lookup} when there is none. */
    Lookup join(String keyHash, Supplier<CompletableFuture<Optional<AuthenticatedClient>>> lookup) {
        boolean[] started = {false};
        CompletableFuture<Optional<AuthenticatedClient>> answer = running.computeIfAbsent(keyHash, k -> {
            started[0] = true;
            return lookup.get();
        });
        if (started[0]) {
            answer.whenComplete((found, error) -> running.remove(keyHash, answer));
        }
        return new Lookup(answer, started[0]);
    }
}
