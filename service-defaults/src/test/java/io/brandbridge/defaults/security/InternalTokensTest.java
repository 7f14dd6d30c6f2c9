package io.brandbridge.defaults.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.brandbridge.defaults.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InternalTokensTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final Caller PARTNER = new Caller("cli_partner", EnumSet.of(Role.PARTNER, Role.VIEWER), Set.of("b1", "b2"), false);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final InternalTokens gateway = tokens("gateway");
    private final InternalTokens alignment = tokens("alignment-service");
    private final InternalTokens promise = tokens("promise-service");
    private final InternalTokens touchpoint = tokens("touchpoint-service");

    private InternalTokens tokens(String name) {
        return new InternalTokens(new InternalTokenConfiguration(SECRET, Duration.ofSeconds(60), true, name),
                new TokenTrustConfiguration("gateway", List.of("alignment-service"), Duration.ofSeconds(5)),
                new ScopeConfiguration(32, 100), clock);
    }

    @Test
    void aGatewayTokenVerifiesToTheSameCallerAtItsAudience() {
        VerifiedToken token = promise.verify(gateway.mint(PARTNER, "promise-service")).orElseThrow();
        assertEquals(PARTNER, token.caller());
        assertEquals("gateway", token.issuer());
        assertFalse(token.needsScopeResolution());
    }

    @Test
    void aTokenForOneServiceIsRefusedByAnother() {
        String forPromise = gateway.mint(PARTNER, "promise-service");
        assertTrue(touchpoint.verify(forPromise).isEmpty());
        assertTrue(promise.verify(forPromise).isPresent());
    }

    @Test
    void aServiceTokenVerifiesFromATrustedServiceOnly() {
        assertEquals(Caller.service("alignment-service"),
                promise.verify(alignment.mint(Caller.service("alignment-service"), "promise-service")).orElseThrow().caller());
        assertTrue(promise.verify(touchpoint.mint(Caller.service("touchpoint-service"), "promise-service")).isEmpty(),
                "touchpoint-service is not among promise-service's trusted callers");
    }

    @Test
    void clientRolesAreAcceptedOnlyFromTheGateway() {
        assertTrue(promise.verify(alignment.mint(PARTNER, "promise-service")).isEmpty());
        assertTrue(promise.verify(alignment.mint(new Caller("cli_a", Set.of(Role.ADMIN), Set.of(), true), "promise-service")).isEmpty());
    }

    @Test
    void roleServiceIsNeverAcceptedFromTheGatewayNorMixedWithClientRoles() {
        assertTrue(promise.verify(gateway.mint(Caller.service("gateway"), "promise-service")).isEmpty());
        assertTrue(promise.verify(alignment.mint(new Caller("alignment-service", EnumSet.of(Role.SERVICE, Role.ADMIN), Set.of(), true),
                "promise-service")).isEmpty());
        assertTrue(promise.verify(alignment.mint(Caller.service("someone-else"), "promise-service")).isEmpty(),
                "a service speaks only for itself");
    }

    @Test
    void expiredTokenIsRefusedOnceTheClockSkewIsUsedUp() {
        String token = gateway.mint(PARTNER, "promise-service");
        clock.advance(Duration.ofSeconds(64));
        assertTrue(promise.verify(token).isPresent(), "within the 5 s skew");
        clock.advance(Duration.ofSeconds(2));
        assertTrue(promise.verify(token).isEmpty());
    }

    @Test
    void aTokenVerifiedOnceStillExpiresOnTime() {
        String token = gateway.mint(PARTNER, "promise-service");
        assertTrue(promise.verify(token).isPresent());
        clock.advance(Duration.ofSeconds(65));
        assertTrue(promise.verify(token).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(promise.verify(token).isEmpty());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedWhenNotYetValid() {
        String token = signed(SECRET, claims -> claims.notBeforeTime(Date.from(clock.instant().plusSeconds(30))));
        assertTrue(promise.verify(token).isEmpty());
    }

    @Test
    void tamperedPayloadIsRefused() {
        String[] parts = gateway.mint(PARTNER, "promise-service").split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertTrue(promise.verify(forged).isEmpty());
    }

    @Test
    void tokenSignedWithAnotherSecretIsRefused() {
        assertTrue(promise.verify(signed("another-secret-another-secret-another", claims -> { })).isEmpty());
        assertTrue(promise.verify(signed(SECRET, claims -> { })).isPresent(), "the same claims with the right secret pass");
    }

    @Test
    void unsecuredAndOtherAlgorithmTokensAreRefused() throws Exception {
        JWTClaimsSet claims = validClaims().build();
        assertTrue(promise.verify(new PlainJWT(new PlainHeader(), claims).serialize()).isEmpty(), "alg none");
        SignedJWT hs512 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512).type(JOSEObjectType.JWT).build(), claims);
        hs512.sign(new MACSigner((SECRET + SECRET).getBytes(StandardCharsets.UTF_8)));
        assertTrue(promise.verify(hs512.serialize()).isEmpty(), "HS512");
    }

    @Test
    void tokensMissingARequiredClaimAreRefused() {
        for (String claim : List.of("iss", "sub", "aud", "iat", "exp", "roles")) {
            assertTrue(promise.verify(signed(SECRET, claims -> claims.claim(claim, null))).isEmpty(), "without " + claim);
        }
    }

    @Test
    void tokensWithAnUnclearBrandScopeAreRefused() {
        assertTrue(promise.verify(signed(SECRET, claims -> claims.claim(InternalTokens.BRANDS, null))).isEmpty(), "no scope");
        assertTrue(promise.verify(signed(SECRET, claims -> claims.claim(InternalTokens.ALL_BRANDS, true))).isEmpty(), "two scopes");
        assertTrue(promise.verify(signed(SECRET, claims -> claims.claim(InternalTokens.BRANDS, null).claim(InternalTokens.SCOPE, "not a reference")))
                .isEmpty(), "a malformed reference");
        assertTrue(promise.verify(signed(SECRET, claims -> claims.claim("roles", List.of("OWNER")))).isEmpty(), "an unknown role");
        assertTrue(promise.verify(signed(SECRET, claims -> claims.claim("roles", List.of()))).isEmpty(), "no role");
    }

    @Test
    void malformedTokensAreRefused() {
        for (String garbage : new String[] {"", "a.b.c", "not a token", "eyJhbGciOiJIUzI1NiJ9..", "...."}) {
            assertTrue(promise.verify(garbage).isEmpty(), garbage);
        }
        assertTrue(promise.verify(null).isEmpty());
    }

    @Test
    void aSmallScopeTravelsInlineAndALargeOneAsAReference() {
        Set<String> thirtyTwo = brands(32);
        VerifiedToken inline = promise.verify(gateway.mint(new Caller("cli_small", Set.of(Role.VIEWER), thirtyTwo, false), "promise-service"))
                .orElseThrow();
        assertEquals(thirtyTwo, inline.brands());
        assertNull(inline.scopeReference());

        Set<String> thousand = brands(1000);
        String token = gateway.mint(new Caller("cli_large", Set.of(Role.VIEWER), thousand, false), "promise-service");
        VerifiedToken referenced = promise.verify(token).orElseThrow();
        assertTrue(referenced.needsScopeResolution());
        assertEquals(ScopeReferences.of("cli_large", thousand), referenced.scopeReference());
        assertTrue(referenced.brands().isEmpty());
        assertTrue(token.length() < 1_000, "a large scope keeps the token small: " + token.length());
        assertEquals(Set.of("b7"), referenced.callerWith(Set.of("b7")).brands());
    }

    @Test
    void aScopeReferenceNamesItsContentWhateverTheOrder() {
        String reference = ScopeReferences.of("cli_1", List.of("b2", "b1", "b3"));
        assertEquals(reference, ScopeReferences.of("cli_1", List.of("b3", "b1", "b2")));
        assertTrue(ScopeReferences.names(reference, Set.of("b1", "b2", "b3")));
        assertFalse(ScopeReferences.names(reference, Set.of("b1", "b2")));
        assertEquals("cli_1", ScopeReferences.parse(reference).orElseThrow().client());
        assertTrue(ScopeReferences.parse("cli_1.short").isEmpty());
        assertTrue(ScopeReferences.parse("../x." + "a".repeat(43)).isEmpty());
    }

    @Test
    void brandScopeIsHonoured() {
        Caller scoped = new Caller("p", EnumSet.of(Role.PARTNER), Set.of("b1"), false);
        assertTrue(scoped.mayAccessBrand("b1"));
        assertFalse(scoped.mayAccessBrand("b2"));
        assertTrue(Caller.service("s").mayAccessBrand("anything"));
    }

    private static Set<String> brands(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "brd_" + "0".repeat(20 - String.valueOf(i).length()) + i).collect(Collectors.toSet());
    }

    private JWTClaimsSet.Builder validClaims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder().issuer("gateway").subject("cli_x").audience("promise-service")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                .claim("roles", List.of("VIEWER")).claim(InternalTokens.BRANDS, List.of("b1"));
    }

    /** A token built claim by claim, for the cases minting never produces. */
    private String signed(String secret, Consumer<JWTClaimsSet.Builder> change) {
        try {
            JWTClaimsSet.Builder claims = validClaims();
            change.accept(claims);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
