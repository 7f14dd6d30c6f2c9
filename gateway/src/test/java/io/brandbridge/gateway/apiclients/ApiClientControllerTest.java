package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ApiClientControllerTest extends GatewayTestBase {

    @Test
    void createAnswers201WithTheKeyShownOnceAndItsLocation() {
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "dashboard", "roles", List.of("VIEWER"), "brands", List.of("brd_x", "brd_y"))), ADMIN_KEY);

        assertEquals(201, created.status(), created.body());
        Map<String, Object> body = created.json();
        String id = (String) body.get("id");
        assertTrue(id.startsWith("cli_"));
        assertEquals("/api/v1/admin/clients/" + id, created.header("Location"));
        assertEquals(List.of("VIEWER"), body.get("roles"));
        assertEquals(List.of("brd_x", "brd_y"), body.get("brands"));
        assertEquals(false, body.get("allBrands"));
        String key = (String) body.get("key");
        assertTrue(key.matches("bb_[A-Za-z0-9_-]{43}"), key);

        Reply read = send(HttpRequest.GET("/api/v1/admin/clients/" + id), ADMIN_KEY);
        assertEquals(200, read.status());
        assertFalse(read.json().containsKey("key"));
        assertFalse(read.body().contains(key.substring(3)), "the key is shown once only");
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status(), "the new key works at once");
    }

    @Test
    void twoKeysAreNeverTheSame() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            keys.add(createClient("many-" + i, List.of(Role.VIEWER), "brd_m"));
        }
        assertEquals(20, keys.size());
    }

    @Test
    void listPagesThroughActiveClientsWithoutKeysOrHashes() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Reply reply = send(HttpRequest.POST("/api/v1/admin/clients",
                    Map.of("name", "paged-" + i, "roles", List.of("PARTNER"), "brands", List.of("brd_p"))), ADMIN_KEY);
            created.add((String) reply.json().get("id"));
        }
        List<String> seen = new ArrayList<>();
        for (Reply page : allPages("/api/v1/admin/clients?limit=2", ADMIN_KEY)) {
            assertFalse(page.body().contains("\"key\"") || page.body().toLowerCase().contains("hash"), page.body());
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.json().get("items");
            assertTrue(items.size() <= 2);
            items.forEach(item -> seen.add((String) item.get("id")));
        }
        assertTrue(seen.containsAll(created), "every client is listed once: " + seen);
        assertEquals(seen.size(), new HashSet<>(seen).size());
        assertEquals(seen.stream().sorted().toList(), seen, "stable order by id");
    }

    @Test
    void revokedKeyIsRefusedOnItsNextCall() {
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "to-revoke", "roles", List.of("VIEWER"), "allBrands", true)), ADMIN_KEY);
        String id = (String) created.json().get("id");
        String key = (String) created.json().get("key");
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status(), "known and cached before revocation");

        Reply revoked = send(HttpRequest.DELETE("/api/v1/admin/clients/" + id), ADMIN_KEY);
        assertEquals(204, revoked.status());

        Reply next = send(HttpRequest.GET("/api/v1/brands"), key);
        assertEquals(401, next.status());
        assertEquals("application/problem+json", next.contentType());
        assertTrue(next.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(404, send(HttpRequest.DELETE("/api/v1/admin/clients/" + id), ADMIN_KEY).status());
        assertEquals(404, send(HttpRequest.GET("/api/v1/admin/clients/" + id), ADMIN_KEY).status());
    }

    @Test
    void aKeyWithALifetimeStopsWorkingWhenItExpiresEvenWhileCached() throws InterruptedException {
        Instant expiresAt = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "short-lived", "roles", List.of("VIEWER"), "allBrands", true, "expiresAt", expiresAt.toString())), ADMIN_KEY);
        assertEquals(201, created.status(), created.body());
        assertEquals(expiresAt.toString(), created.json().get("expiresAt"));
        String key = (String) created.json().get("key");
        assertEquals(200, send(HttpRequest.GET("/api/v1/brands"), key).status(), "works, and is now cached");

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiresAt).toMillis()) + 100);
        Reply expired = send(HttpRequest.GET("/api/v1/brands"), key);
        assertEquals(401, expired.status(), expired.body());
        assertEquals("application/problem+json", expired.contentType());
        assertTrue(expired.header("WWW-Authenticate").contains("invalid_token"));
        assertEquals("The API key expired at " + expiresAt + "; send Authorization: Bearer <API key> with a valid key", expired.json().get("detail"));
        assertEquals(expiresAt.toString(), send(HttpRequest.GET("/api/v1/admin/clients/" + created.json().get("id")), ADMIN_KEY).json().get("expiresAt"));
    }

    @Test
    void anExpiryInThePastAnswers400NamingTheField() {
        Reply refused = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "already-gone", "roles", List.of("VIEWER"), "allBrands", true, "expiresAt", "2020-01-01T00:00:00Z")), ADMIN_KEY);
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("/expiresAt") && refused.body().contains("must be in the future"), refused.body());
    }

    @Test
    void missingOrUnknownKeyAnswers401ProblemWithBearerChallenge() {
        Reply missing = send(HttpRequest.GET("/api/v1/brands"));
        assertEquals(401, missing.status());
        assertEquals("application/problem+json", missing.contentType());
        assertEquals("Bearer realm=\"brandbridge\"", missing.header("WWW-Authenticate"));
        assertEquals(401, missing.json().get("status"));

        Reply unknown = send(HttpRequest.GET("/api/v1/brands"), "bb_not-a-key-anyone-was-given-000000000000000");
        assertEquals(401, unknown.status());
        assertTrue(unknown.header("WWW-Authenticate").contains("invalid_token"));

        Reply basic = send(HttpRequest.GET("/api/v1/brands").header("Authorization", "Basic YWRtaW46YWRtaW4="));
        assertEquals(401, basic.status());
    }

    @Test
    void onlyAdminsManageClients() {
        String marketing = createClient("marketer", List.of(Role.MARKETING), "brd_q");
        Reply reply = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "escalate", "roles", List.of("ADMIN"), "allBrands", true)), marketing);
        assertEquals(403, reply.status());
        assertEquals(403, send(HttpRequest.GET("/api/v1/admin/clients"), marketing).status());
    }

    @Test
    void invalidClientsAreRefusedNamingTheField() {
        Reply noRoles = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "x", "roles", List.of(), "allBrands", true)), ADMIN_KEY);
        assertEquals(400, noRoles.status());
        assertTrue(noRoles.body().contains("/roles"), noRoles.body());

        Reply unknownRole = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "x", "roles", List.of("GOD"), "allBrands", true)), ADMIN_KEY);
        assertEquals(400, unknownRole.status(), unknownRole.body());

        Reply service = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "x", "roles", List.of("SERVICE"), "allBrands", true)), ADMIN_KEY);
        assertEquals(422, service.status());
        assertTrue(service.body().contains("/roles"));

        Reply noScope = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "x", "roles", List.of("VIEWER"))), ADMIN_KEY);
        assertEquals(422, noScope.status());
        assertTrue(noScope.body().contains("/brands"));

        Reply both = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "x", "roles", List.of("VIEWER"), "brands", List.of("brd_1"), "allBrands", true)), ADMIN_KEY);
        assertEquals(422, both.status());

        Reply badBrand = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "x", "roles", List.of("VIEWER"), "brands", List.of("brd 1,2"))), ADMIN_KEY);
        assertEquals(400, badBrand.status());
        assertTrue(badBrand.body().contains("/brands/0"), badBrand.body());

        Reply blankName = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", " ", "roles", List.of("VIEWER"), "allBrands", true)), ADMIN_KEY);
        assertEquals(400, blankName.status());
        assertTrue(blankName.body().contains("/name"));
    }

    @Test
    void aClientHoldsAtMostAThousandBrands() {
        List<String> thousand = java.util.stream.IntStream.rangeClosed(1, 1000).mapToObj(i -> "brd_" + i).toList();
        Reply atLimit = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "x", "roles", List.of("VIEWER"), "brands", thousand)), ADMIN_KEY);
        assertEquals(201, atLimit.status(), atLimit.body());
        assertEquals(1000, ((List<?>) atLimit.json().get("brands")).size());

        List<String> tooMany = new java.util.ArrayList<>(thousand);
        tooMany.add("brd_1001");
        Reply over = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "x", "roles", List.of("VIEWER"), "brands", tooMany)), ADMIN_KEY);
        assertEquals(400, over.status());
        assertEquals("application/problem+json", over.contentType());
        assertEquals(List.of(Map.of("pointer", "/brands", "message", "must list at most 1000 brands; use allBrands for more")),
                over.json().get("errors"));
    }

    @Test
    void propertiesClientsMayNotSetAreIgnored() {
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "tolerant", "roles", List.of("VIEWER"),
                "allBrands", true, "id", "cli_chosen", "key", "bb_chosen-key", "keyHash", "00", "createdAt", "2000-01-01T00:00:00Z")), ADMIN_KEY);
        assertEquals(201, created.status(), created.body());
        assertNotEquals("cli_chosen", created.json().get("id"));
        assertNotEquals("bb_chosen-key", created.json().get("key"));
        assertNotEquals("2000-01-01T00:00:00Z", created.json().get("createdAt"));
        assertEquals(401, send(HttpRequest.GET("/api/v1/brands"), "bb_chosen-key").status());
    }

    @Test
    void ownRateLimitIsKeptAndDefaultShownOtherwise() {
        Reply own = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "limited", "roles", List.of("VIEWER"),
                "allBrands", true, "rateLimit", Map.of("requestsPerSecond", 2.5, "burst", 5))), ADMIN_KEY);
        assertEquals(Map.of("requestsPerSecond", 2.5, "burst", 5), own.json().get("rateLimit"));
        Reply standard = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "standard", "roles", List.of("VIEWER"),
                "allBrands", true)), ADMIN_KEY);
        assertEquals(Map.of("requestsPerSecond", 100000.0, "burst", 100000), standard.json().get("rateLimit"));
        Reply invalid = send(HttpRequest.POST("/api/v1/admin/clients", Map.of("name", "bad", "roles", List.of("VIEWER"),
                "allBrands", true, "rateLimit", Map.of("requestsPerSecond", 0, "burst", 0))), ADMIN_KEY);
        assertEquals(400, invalid.status());
        assertNull(invalid.json().get("key"));
    }
}
