package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokenConfiguration;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForwardedTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InternalTokenConfiguration configuration =
            new InternalTokenConfiguration("0123456789abcdef0123456789abcdef", Duration.ofSeconds(60), true, "gateway");
    private final AtomicInteger mints = new AtomicInteger();
    private final InternalTokens tokens = new InternalTokens(configuration, JsonMapper.createDefault()) {
        @Override
        public String mint(Caller caller) {
            mints.incrementAndGet();
            return super.mint(caller);
        }
    };
    private final ForwardedTokens forwarded = new ForwardedTokens(tokens, configuration, clock);
    private final Caller partner = new Caller("p", EnumSet.of(Role.PARTNER), Set.of("b1"), false);

    @Test
    void aCallersTokenIsReusedForAThirdOfItsLifetimeThenRenewed() {
        String first = forwarded.forCaller(partner);
        clock.advance(Duration.ofSeconds(19));
        assertEquals(first, forwarded.forCaller(partner));
        assertEquals(1, mints.get());
        clock.advance(Duration.ofSeconds(2));
        String renewed = forwarded.forCaller(partner);
        assertEquals(2, mints.get());
        assertEquals(partner, tokens.verify(renewed).orElseThrow());
    }

    @Test
    void eachCallerGetsATokenForItsOwnIdentity() {
        Caller other = new Caller("q", EnumSet.of(Role.VIEWER), Set.of("b2"), false);
        assertEquals(other, tokens.verify(forwarded.forCaller(other)).orElseThrow());
        assertEquals(partner, tokens.verify(forwarded.forCaller(partner)).orElseThrow());
    }
}
