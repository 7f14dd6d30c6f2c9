package io.brandbridge.defaults.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Mints and verifies the short-lived HMAC-SHA256 JWTs that carry a {@link Caller} between services. */
@Singleton
public class InternalTokens {

    public static final String HEADER = "X-Internal-Token";
    private static final String ISSUER = "brandbridge";
    private static final String HEADER_SEGMENT = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    // Verified tokens by their text: callers reuse a token for a while, so most requests skip the HMAC and JSON work.
    private static final int MAX_VERIFIED = 10_000;

    private final InternalTokenConfiguration configuration;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(Caller caller, long expiresAtSecond) {
    }

    public InternalTokens(InternalTokenConfiguration configuration, JsonMapper jsonMapper) {
        this(configuration, jsonMapper, Clock.systemUTC());
    }

    InternalTokens(InternalTokenConfiguration configuration, JsonMapper jsonMapper, Clock clock) {
        this.configuration = configuration;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.key = new SecretKeySpec(configuration.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String mint(Caller caller) {
        long now = clock.instant().getEpochSecond();
        Claims claims = new Claims(ISSUER, caller.client(), caller.roles().stream().map(Role::name).sorted().toList(),
                caller.brands().stream().sorted().toList(), caller.allBrands(), now, now + configuration.ttl().toSeconds());
        try {
            String payload = base64(jsonMapper.writeValueAsBytes(claims));
            String signingInput = HEADER_SEGMENT + "." + payload;
            return signingInput + "." + base64(sign(signingInput));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode internal token", e);
        }
    }

    /** The caller the token vouches for, or empty when it is malformed, forged or expired. */
    public Optional<Caller> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        long now = clock.instant().getEpochSecond();
        Verified known = verified.get(token);
        if (known != null) {
            return known.expiresAtSecond() < now ? Optional.empty() : Optional.of(known.caller());
        }
        Optional<Verified> fresh = verifySignatureAndClaims(token, now);
        fresh.ifPresent(v -> {
            if (verified.size() >= MAX_VERIFIED) {
                verified.clear();
            }
            verified.put(token, v);
        });
        return fresh.map(Verified::caller);
    }

    private Optional<Verified> verifySignatureAndClaims(String token, long now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !HEADER_SEGMENT.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            byte[] expected = sign(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            Claims claims = jsonMapper.readValue(Base64.getUrlDecoder().decode(parts[1]), Claims.class);
            if (!ISSUER.equals(claims.iss()) || claims.exp() < now || claims.sub() == null) {
                return Optional.empty();
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            claims.roles().forEach(r -> roles.add(Role.valueOf(r)));
            return Optional.of(new Verified(new Caller(claims.sub(), roles, Set.copyOf(claims.brands()), claims.allBrands()), claims.exp()));
        } catch (IOException | RuntimeException e) {
            // Anything malformed is simply not a valid token.
            return Optional.empty();
        }
    }

    private byte[] sign(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Serdeable
    record Claims(String iss, String sub, @Nullable List<String> roles, @Nullable List<String> brands, boolean allBrands, long iat, long exp) {
        Claims {
            roles = roles == null ? List.of() : roles;
            brands = brands == null ? List.of() : brands;
        }
    }
}
