package io.brandbridge.system.owasp;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Internal tokens made here, independently of the services' own code, for calls that skip the
 * gateway: well-formed ones with the shared secret, and the forgeries an attacker would try.
 */
final class DirectTokens {

    private final byte[] secret;

    DirectTokens(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String gatewayToken(String audience, String role, String brandId) {
        return sign(claims("gateway", audience, role, brandId, Duration.ofMinutes(1)).build(), secret);
    }

    String expired(String audience, String role, String brandId) {
        return sign(claims("gateway", audience, role, brandId, Duration.ofMinutes(-5)).build(), secret);
    }

    String signedWith(String otherSecret, String audience, String role, String brandId) {
        return sign(claims("gateway", audience, role, brandId, Duration.ofMinutes(1)).build(), otherSecret.getBytes(StandardCharsets.UTF_8));
    }

    String issuedBy(String issuer, String audience, String role, String brandId) {
        return sign(claims(issuer, audience, role, brandId, Duration.ofMinutes(1)).build(), secret);
    }

    String unsigned(String audience, String role, String brandId) {
        return new PlainJWT(claims("gateway", audience, role, brandId, Duration.ofMinutes(1)).build()).serialize();
    }

    private static JWTClaimsSet.Builder claims(String issuer, String audience, String role, String brandId, Duration life) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject("direct-caller").audience(audience)
                .issueTime(Date.from(now.minusSeconds(1))).expirationTime(Date.from(now.plus(life)))
                .claim("roles", List.of(role)).claim("brands", List.of(brandId));
    }

    private static String sign(JWTClaimsSet claims, byte[] key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
