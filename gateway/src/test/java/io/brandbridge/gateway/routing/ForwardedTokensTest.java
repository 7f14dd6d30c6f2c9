package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokenConfiguration;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.security.ScopeConfiguration;
import io.brandbridge.defaults.security.TokenTrustConfiguration;
import io.brandbridge.defaults.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForwardedTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InternalTokenConfiguration configuration =
            new InternalTokenConfiguration("0123456789abcdef0123456789abcdef", Duration.ofSeconds(60), true, "gateway");
    private final TokenTrustConfiguration trust = new TokenTrustConfiguration("gateway", List.of(), Duration.ofSeconds(5));
    private final AtomicInteger mints = new AtomicInteger();
    private final InternalTokens tokens = new InternalTokens(configuration, trust, new ScopeConfiguration(32, 100), clock) {
        @Override
        public String mint(Caller caller, String audience) {
            mints.incrementAndGet();
            return super.mint(caller, audience);
        }
    };
    private final InternalTokens promiseService = tokens.issuedAs("promise-service");
    private final ForwardedTokens forwarded = new ForwardedTokens(tokens, configuration, clock);
    private final Caller partner = new Caller("p", EnumSet.of(Role.PARTNER), Set.of("b1"), false);

    @Test
    void aCallersTokenIsReusedForAThirdOfItsLifetimeThenRenewed() {
        String first = forwarded.forCaller(partner, "promise-service");
        clock.advance(Duration.ofSeconds(19));
        assertEquals(first, forwarded.forCaller(partner, "promise-service"));
        assertEquals(1, mints.get());
        clock.advance(Duration.ofSeconds(2));
        String renewed = forwarded.forCaller(partner, "promise-service");
        assertEquals(2, mints.get());
        assertEquals(partner, promiseService.verify(renewed).orElseThrow().caller());
    }

    @Test
    void eachCallerGetsATokenForItsOwnIdentity() {
        Caller other = new Caller("q", EnumSet.of(Role.VIEWER), Set.of("b2"), false);
        assertEquals(other, promiseService.verify(forwarded.forCaller(other, "promise-service")).orElseThrow().caller());
        assertEquals(partner, promiseService.verify(forwarded.forCaller(partner, "promise-service")).orElseThrow().caller());
    }

    @Test
    void eachServiceGetsATokenOnlyItAccepts() {
        String forPromise = forwarded.forCaller(partner, "promise-service");
        String forAlignment = forwarded.forCaller(partner, "alignment-service");
        assertNotEquals(forPromise, forAlignment);
        assertEquals(2, mints.get());
        assertTrue(promiseService.verify(forAlignment).isEmpty());
        assertEquals(partner, tokens.issuedAs("alignment-service").verify(forAlignment).orElseThrow().caller());
    }
}
