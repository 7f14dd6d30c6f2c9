package io.brandbridge.defaults.security;

import io.brandbridge.defaults.testing.MutableClock;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternalTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InternalTokenConfiguration configuration =
            new InternalTokenConfiguration("0123456789abcdef0123456789abcdef", Duration.ofSeconds(60), true, "test");
    private final InternalTokens tokens = new InternalTokens(configuration, JsonMapper.createDefault(), clock);

    @Test
    void mintedTokenVerifiesToTheSameCaller() {
        Caller caller = new Caller("partner-1", EnumSet.of(Role.PARTNER, Role.VIEWER), Set.of("b1", "b2"), false);
        assertEquals(Optional.of(caller), tokens.verify(tokens.mint(caller)));
    }

    @Test
    void expiredTokenIsRefused() {
        String token = tokens.mint(Caller.service("alignment-service"));
        clock.advance(Duration.ofSeconds(61));
        assertTrue(tokens.verify(token).isEmpty());
    }

    @Test
    void aTokenVerifiedOnceStillExpiresOnTime() {
        String token = tokens.mint(Caller.service("alignment-service"));
        assertTrue(tokens.verify(token).isPresent());
        clock.advance(Duration.ofSeconds(59));
        assertTrue(tokens.verify(token).isPresent());
        clock.advance(Duration.ofSeconds(2));
        assertTrue(tokens.verify(token).isEmpty());
    }

    @Test
    void tamperedPayloadIsRefused() {
        String token = tokens.mint(new Caller("p", EnumSet.of(Role.PARTNER), Set.of("b1"), false));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertTrue(tokens.verify(forged).isEmpty());
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        InternalTokens other = new InternalTokens(new InternalTokenConfiguration("another-secret-another-secret-another", Duration.ofSeconds(60), true, "x"),
                JsonMapper.createDefault(), clock);
        assertTrue(tokens.verify(other.mint(Caller.service("x"))).isEmpty());
    }

    @Test
    void garbageIsRefused() {
        assertTrue(tokens.verify("").isEmpty());
        assertTrue(tokens.verify("a.b.c").isEmpty());
        assertTrue(tokens.verify("not a token").isEmpty());
        assertTrue(tokens.verify(null).isEmpty());
    }

    @Test
    void brandScopeIsHonoured() {
        Caller scoped = new Caller("p", EnumSet.of(Role.PARTNER), Set.of("b1"), false);
        assertTrue(scoped.mayAccessBrand("b1"));
        assertTrue(!scoped.mayAccessBrand("b2"));
        assertTrue(Caller.service("s").mayAccessBrand("anything"));
    }
}
