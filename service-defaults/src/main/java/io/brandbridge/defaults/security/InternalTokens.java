package io.brandbridge.defaults.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mints and verifies the short-lived HS256 JWTs that carry a {@link Caller} from one service to
 * another. A token names its issuer (the minting service) and its audience (the one service that
 * may accept it); client roles are accepted only from the gateway, role SERVICE only from the
 * services this one trusts.
 */
@Singleton
public class InternalTokens {

    public static final String HEADER = "X-Internal-Token";
    static final String ROLES = "roles";
    static final String ALL_BRANDS = "allBrands";
    static final String BRANDS = "brands";
    static final String SCOPE = "scope";
    private static final Set<String> REQUIRED = Set.of("iss", "sub", "aud", "iat", "exp", ROLES);
    private static final JWSHeader HS256 = new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();
    // Verified tokens by their text: callers reuse a token for a while, so most requests skip the HMAC and JSON work.
    private static final int MAX_VERIFIED = 10_000;

    private final String serviceName;
    private final Duration ttl;
    private final byte[] secret;
    private final TokenTrustConfiguration trust;
    private final ScopeConfiguration scopes;
    private final Clock clock;
    private final MACSigner signer;
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final Cache<String, VerifiedToken> verified;

    @Inject
    public InternalTokens(InternalTokenConfiguration configuration, TokenTrustConfiguration trust, ScopeConfiguration scopes, Clock clock) {
        this(configuration.serviceName(), configuration.ttl(), configuration.secret().getBytes(StandardCharsets.UTF_8), trust, scopes, clock);
    }

    private InternalTokens(String serviceName, Duration ttl, byte[] secret, TokenTrustConfiguration trust, ScopeConfiguration scopes, Clock clock) {
        this.serviceName = serviceName;
        this.ttl = ttl;
        this.secret = secret.clone();
        this.trust = trust;
        this.scopes = scopes;
        this.clock = clock;
        try {
            this.signer = new MACSigner(this.secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("The internal token secret is too short for HS256", e);
        }
        this.processor = processor(serviceName, this.secret, trust.clockSkew(), clock);
        this.verified = Caffeine.newBuilder().maximumSize(MAX_VERIFIED).expireAfterWrite(ttl.plus(trust.clockSkew())).build();
    }

    /** The same secret under another issuer's name: for tools and tests that stand in for another service. */
    public InternalTokens issuedAs(String issuer) {
        return new InternalTokens(issuer, ttl, secret, trust, scopes, clock);
    }

    public String serviceName() {
        return serviceName;
    }

    /** A token from this service for {@code audience}, the one service that will accept it. */
    public String mint(Caller caller, String audience) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(serviceName)
                .subject(caller.client())
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim(ROLES, caller.roles().stream().map(Role::name).sorted().toList());
        if (caller.allBrands()) {
            claims.claim(ALL_BRANDS, true);
        } else if (caller.brands().size() <= scopes.inlineLimit()) {
            claims.claim(BRANDS, caller.brands().stream().sorted().toList());
        } else {
            claims.claim(SCOPE, ScopeReferences.of(caller.client(), caller.brands()));
        }
        SignedJWT jwt = new SignedJWT(HS256, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an internal token", e);
        }
        return jwt.serialize();
    }

    /** What the token vouches for, or empty when it is malformed, forged, expired, meant for another service or from an untrusted issuer. */
    public Optional<VerifiedToken> verify(@Nullable String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        VerifiedToken known = verified.getIfPresent(token);
        if (known != null) {
            return isExpired(known) ? Optional.empty() : Optional.of(known);
        }
        Optional<VerifiedToken> fresh = verifyAndRead(token);
        fresh.ifPresent(v -> verified.put(token, v));
        return fresh;
    }

    private boolean isExpired(VerifiedToken token) {
        return token.expiresAt().plus(trust.clockSkew()).isBefore(clock.instant());
    }

    private Optional<VerifiedToken> verifyAndRead(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            if (!List.of(serviceName).equals(claims.getAudience())) {
                return Optional.empty();
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String role : claims.getStringListClaim(ROLES)) {
                roles.add(Role.valueOf(role));
            }
            if (roles.isEmpty() || !isTrustedIssuer(claims.getIssuer(), claims.getSubject(), roles)) {
                return Optional.empty();
            }
            return scopeOf(claims).map(scope -> new VerifiedToken(claims.getIssuer(), claims.getSubject(), roles,
                    scope.allBrands(), scope.brands(), scope.reference(), claims.getExpirationTime().toInstant()));
        } catch (Exception e) {
            // Anything malformed, forged or out of date is simply not a valid token.
            return Optional.empty();
        }
    }

    /** Client roles come from the gateway; role SERVICE, alone, from a trusted service speaking for itself. */
    private boolean isTrustedIssuer(String issuer, String subject, Set<Role> roles) {
        if (roles.contains(Role.SERVICE)) {
            return roles.size() == 1 && !issuer.equals(trust.gateway()) && trust.services().contains(issuer) && issuer.equals(subject);
        }
        return issuer.equals(trust.gateway());
    }

    private record Scope(boolean allBrands, Set<String> brands, @Nullable String reference) {
    }

    /** Exactly one of the three forms of brand scope. */
    private static Optional<Scope> scopeOf(JWTClaimsSet claims) throws ParseException {
        Boolean all = claims.getBooleanClaim(ALL_BRANDS);
        List<String> brands = claims.getStringListClaim(BRANDS);
        String reference = claims.getStringClaim(SCOPE);
        int forms = (all != null ? 1 : 0) + (brands != null ? 1 : 0) + (reference != null ? 1 : 0);
        if (forms != 1 || Boolean.FALSE.equals(all)) {
            return Optional.empty();
        }
        if (reference != null) {
            return ScopeReferences.parse(reference).isPresent() ? Optional.of(new Scope(false, Set.of(), reference)) : Optional.empty();
        }
        return Optional.of(all != null ? new Scope(true, Set.of(), null) : new Scope(false, Set.copyOf(brands), null));
    }

    private static DefaultJWTProcessor<SecurityContext> processor(String audience, byte[] secret, Duration clockSkew, Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        // Only HS256 with the shared secret: "none" and every other algorithm are refused before any claim is read.
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.HS256, new ImmutableSecret<>(secret)));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(Set.of(audience)), new JWTClaimsSet.Builder().build(), new HashSet<>(REQUIRED), new HashSet<>()) {
            @Override
            protected Date currentTime() {
                return Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew((int) clockSkew.toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }
}
