package io.brandbridge.gateway.routing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokenConfiguration;
import io.brandbridge.defaults.security.InternalTokens;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The internal token forwarded for each caller to each service, minted once and reused for the first
 * third of its lifetime, so a service always receives a token with at least two thirds of its life
 * left while the gateway does not sign every request (signing was a measurable share of the proxy's cost).
 */
@Singleton
public class ForwardedTokens {

    // Callers are few (one per API client) times three services; the bound only guards against unbounded growth.
    private static final int MAX_CACHED = 10_000;

    private record Key(Caller caller, String service) {
    }

    private record Minted(String token, Instant renewAfter) {
    }

    private final InternalTokens tokens;
    private final Duration reuseFor;
    private final Clock clock;
    private final Cache<Key, Minted> minted;

    public ForwardedTokens(InternalTokens tokens, InternalTokenConfiguration configuration, Clock clock) {
        this.tokens = tokens;
        this.reuseFor = configuration.ttl().dividedBy(3);
        this.clock = clock;
        this.minted = Caffeine.newBuilder().maximumSize(MAX_CACHED).expireAfterWrite(reuseFor).build();
    }

    /** A token for {@code caller} that only {@code service} accepts. */
    public String forCaller(Caller caller, String service) {
        Instant now = clock.instant();
        Key key = new Key(caller, service);
        Minted current = minted.getIfPresent(key);
        if (current != null && now.isBefore(current.renewAfter())) {
            return current.token();
        }
        Minted fresh = new Minted(tokens.mint(caller, service), now.plus(reuseFor));
        minted.put(key, fresh);
        return fresh.token();
    }
}
