package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API2, broken authentication: every request without a valid, current API key is refused with a 401
 * problem and a Bearer challenge, whatever is wrong with the key; a revoked or expired key stops working
 * at once, and a service reached directly accepts only a valid internal token meant for it.
 */
@OwaspSuite
class Api2AuthenticationTest {

    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void aMissingOrMalformedKeyAnswers401WithAChallenge() {
        List<Map<String, String>> headers = List.of(Map.of(), Map.of("Authorization", ""), Map.of("Authorization", "Bearer"),
                Map.of("Authorization", "Bearer "), Map.of("Authorization", "Basic YWRtaW46YWRtaW4="),
                Map.of("Authorization", "Token " + fixture.adminKeyForRawCalls()), Map.of("Authorization", "Bearer " + "k".repeat(5000)),
                Map.of("Authorization", "Bearer bb_" + "\u00e9".repeat(10)), Map.of("X-Api-Key", fixture.adminKeyForRawCalls()));
        for (Map<String, String> header : headers) {
            Answer answer = new Caller(fixture.gatewayUrl(), header).get("/api/v1/brands").expect(401);
            assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"), header + " -> " + answer.header("WWW-Authenticate"));
        }
    }

    @Test
    void anUnknownKeyAnswers401NamingTheInvalidToken() {
        Answer answer = fixture.withKey("bb_" + "A".repeat(43)).get("/api/v1/brands").expect(401);
        assertTrue(answer.header("WWW-Authenticate").contains("invalid_token"), answer.header("WWW-Authenticate"));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnce() {
        JsonNode client = fixture.createClient("to-be-revoked", List.of("VIEWER"), List.of(fixture.a.brandId()));
        Caller holder = fixture.withKey(client.path("key").asText());
        holder.get("/api/v1/brands").expect(200);
        fixture.admin.delete("/api/v1/admin/clients/" + client.path("id").asText()).expect(204);
        Answer refused = holder.get("/api/v1/brands").expect(401);
        assertTrue(refused.header("WWW-Authenticate").contains("invalid_token"));
        assertEquals(401, holder.get("/api/v1/alignment/brands/" + fixture.a.brandId()).status());
    }

    @Test
    void anExpiredKeyStopsWorkingAtItsExpiry() throws InterruptedException {
        java.time.Instant expiresAt = java.time.Instant.now().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode client = fixture.admin.post("/api/v1/admin/clients", Map.of("name", "short-lived", "roles", List.of("VIEWER"),
                "brands", List.of(fixture.a.brandId()), "expiresAt", expiresAt.toString())).expect(201).json();
        Caller holder = fixture.withKey(client.path("key").asText());
        holder.get("/api/v1/brands").expect(200);
        Thread.sleep(Math.max(0, java.time.Duration.between(java.time.Instant.now(), expiresAt).toMillis()) + 200);
        Answer expired = holder.get("/api/v1/brands").expect(401);
        assertTrue(expired.header("WWW-Authenticate").contains("invalid_token"));
    }

    @Test
    void theKeyIsAcceptedOnlyInTheAuthorizationHeader() {
        fixture.withKey(null).get("/api/v1/brands?api_key=" + fixture.adminKeyForRawCalls()).expect(401);
        fixture.withKey(null).get("/api/v1/brands?access_token=" + fixture.adminKeyForRawCalls()).expect(401);
    }

    /** Straight to a service, skipping the gateway: only a current token signed with the shared secret, for this service, from a trusted issuer, passes. */
    @Test
    void aServiceCalledDirectlyAcceptsOnlyAValidTokenMeantForIt() {
        DirectTokens tokens = new DirectTokens(fixture.platform().internalSecret());
        String brand = fixture.a.brandId();
        String path = "/api/v1/brands/" + brand;
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("no token", null);
        refused.put("garbage", "not.a.token");
        refused.put("another secret", tokens.signedWith("an-attacker-guessed-this-secret-0123456789", "promise-service", "ADMIN", brand));
        refused.put("expired", tokens.expired("promise-service", "VIEWER", brand));
        refused.put("for another service", tokens.gatewayToken("touchpoint-service", "VIEWER", brand));
        refused.put("unknown issuer", tokens.issuedBy("somebody", "promise-service", "ADMIN", brand));
        refused.put("client role from a service", tokens.issuedBy("alignment-service", "promise-service", "ADMIN", brand));
        refused.put("alg none", tokens.unsigned("promise-service", "ADMIN", brand));
        String service = fixture.platform().service("promise-service").url();
        refused.forEach((what, token) -> {
            Answer answer = new Caller(service, token == null ? Map.of() : Map.of("X-Internal-Token", token)).get(path);
            assertEquals(401, answer.status(), what + ": " + answer.text());
            answer.assertProblem();
        });
        new Caller(service, Map.of("X-Internal-Token", tokens.gatewayToken("promise-service", "VIEWER", brand))).get(path).expect(200);
    }
}
