package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.system.owasp.SecurityFixture.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API3, broken object-property-level authorisation: properties only the platform may set (ids,
 * owners, statuses, versions, timestamps, keys, scores) are ignored when a client sends them, and
 * no answer exposes a property a client should not see.
 */
@OwaspSuite
class Api3PropertyLevelAuthorisationTest {

    private static final String PLANTED_TIME = "2001-01-01T00:00:00Z";
    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void aBrandGetsItsOwnIdAndCreationTime() {
        JsonNode brand = fixture.admin.post("/api/v1/brands", Map.of("id", "brd_chosenbytheclient0", "createdAt", PLANTED_TIME,
                "name", "Planted", "slug", "owasp-planted", "timeZone", "UTC")).expect(201).json();
        assertNotEquals("brd_chosenbytheclient0", brand.path("id").asText());
        assertRecent(brand.path("createdAt").asText());
    }

    @Test
    void aNewPromiseIsADraftFirstVersionOfTheBrandInThePath() {
        JsonNode promise = fixture.asA(Role.MARKETING).post("/api/v1/brands/" + fixture.a.brandId() + "/promises", Map.of(
                "id", fixture.b.promiseId(), "brandId", fixture.b.brandId(), "status", "ACTIVE", "version", 7, "createdAt", PLANTED_TIME,
                "title", "Planted", "statement", "x", "touchpointTypes", List.of("CALL_CENTRE"), "priority", 1,
                "commitments", List.of(Map.of("key", "k", "metric", "wait_seconds", "op", "LE", "threshold", 1, "objective", 0.5,
                        "window", Map.of("type", "ROLLING_DAYS", "days", 7), "weight", 1, "minSample", 1)))).expect(201).json();
        assertNotEquals(fixture.b.promiseId(), promise.path("id").asText());
        assertEquals(fixture.a.brandId(), promise.path("brandId").asText());
        assertEquals("DRAFT", promise.path("status").asText());
        assertEquals(1, promise.path("version").asInt());
        assertRecent(promise.path("createdAt").asText());
    }

    @Test
    void aTouchpointBelongsToTheBrandInTheQueryNotTheBody() {
        JsonNode touchpoint = fixture.asA(Role.OPERATIONS).post("/api/v1/touchpoints?brandId=" + fixture.a.brandId(), Map.of(
                "id", fixture.b.touchpointId(), "brandId", fixture.b.brandId(), "type", "CALL_CENTRE", "name", "Planted",
                "owner", "x", "region", "x", "timeZone", "UTC")).expect(201).json();
        assertNotEquals(fixture.b.touchpointId(), touchpoint.path("id").asText());
        assertEquals(fixture.a.brandId(), touchpoint.path("brandId").asText());
    }

    @Test
    void anInteractionIsStoredAtTheTouchpointInThePath() {
        String record = Caller.json(Map.of("externalId", "planted-1", "occurredAt", "2026-01-01T00:00:00Z", "touchpointId", fixture.b.touchpointId(),
                "brandId", fixture.b.brandId(), "metrics", Map.of("wait_seconds", 5)));
        fixture.asA(Role.INTEGRATOR).send("POST", "/api/v1/touchpoints/" + fixture.a.touchpointId() + "/interactions", "application/x-ndjson", record + "\n")
                .expect(200);
        JsonNode inB = fixture.admin.get("/api/v1/touchpoints/" + fixture.b.touchpointId() + "/interactions?limit=200").expect(200).json();
        inB.path("items").forEach(i -> assertNotEquals("planted-1", i.path("externalId").asText()));
    }

    @Test
    void anApiKeyIsAlwaysMintedByTheGatewayAndNeverShownAgain() {
        JsonNode created = fixture.admin.post("/api/v1/admin/clients", Map.of("name", "planted-key", "roles", List.of("VIEWER"),
                "brands", List.of(fixture.a.brandId()), "key", "bb_chosen_by_the_client_000000000000", "id", "cli_chosen",
                "createdAt", PLANTED_TIME)).expect(201).json();
        assertNotEquals("bb_chosen_by_the_client_000000000000", created.path("key").asText());
        assertNotEquals("cli_chosen", created.path("id").asText());
        assertRecent(created.path("createdAt").asText());
        fixture.withKey("bb_chosen_by_the_client_000000000000").get("/api/v1/brands").expect(401);
        fixture.withKey(created.path("key").asText()).get("/api/v1/brands").expect(200);

        String listed = fixture.admin.get("/api/v1/admin/clients/" + created.path("id").asText()).expect(200).text();
        assertFalse(listed.contains(created.path("key").asText()), listed);
        assertFalse(listed.toLowerCase().contains("hash"), listed);
    }

    @Test
    void aClientCannotRaiseItsOwnRolesOrScope() {
        JsonNode created = fixture.admin.post("/api/v1/admin/clients", Map.of("name", "modest", "roles", List.of("VIEWER"),
                "brands", List.of(fixture.a.brandId()))).expect(201).json();
        Caller modest = fixture.withKey(created.path("key").asText());
        modest.post("/api/v1/admin/clients", Map.of("name", "escalated", "roles", List.of("ADMIN"), "allBrands", true)).expect(403);
        modest.get("/api/v1/brands/" + fixture.b.brandId()).expect(404);
    }

    private static void assertRecent(String instant) {
        Duration age = Duration.between(Instant.parse(instant), Instant.now());
        assertTrue(age.abs().compareTo(Duration.ofMinutes(10)) < 0, "expected a server-set time, got " + instant);
    }
}
