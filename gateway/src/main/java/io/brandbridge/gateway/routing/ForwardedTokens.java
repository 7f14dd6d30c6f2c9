package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokenConfiguration;
import io.brandbridge.defaults.security.InternalTokens;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The internal token forwarded for each caller, minted once and reused for the first third of its
 * lifetime, so a service always receives a token with at least two thirds of its life left while
 * the gateway does not sign every request (signing was a measurable share of the proxy's cost).
 */
@Singleton
public class ForwardedTokens {

    // Callers are few (one per API client); the bound only guards against unbounded growth.
    private static final int MAX_CACHED = 10_000;

    private record Minted(String token, Instant renewAfter) {
    }

    private final InternalTokens tokens;
    private final Duration reuseFor;
    private final Clock clock;
    private final Map<Caller, Minted> minted = new ConcurrentHashMap<>();

    public ForwardedTokens(InternalTokens tokens, InternalTokenConfiguration configuration, Clock clock) {
        this.tokens = tokens;
        this.reuseFor = configuration.ttl().dividedBy(3);
        this.clock = clock;
    }

    public String forCaller(Caller caller) {
        Instant now = clock.instant();
        Minted current = minted.get(caller);
        if (current != null && now.isBefore(current.renewAfter())) {
            return current.token();
        }
        if (minted.size() >= MAX_CACHED) {
            minted.clear();
        }
        Minted fresh = new Minted(tokens.mint(caller), now.plus(reuseFor));
        minted.put(caller, fresh);
        return fresh.token();
    }
}
