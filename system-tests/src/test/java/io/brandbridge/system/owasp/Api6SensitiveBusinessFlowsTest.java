package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.system.owasp.SecurityFixture.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API6, unrestricted access to sensitive business flows: who may call Brandbridge is changed only by
 * ADMIN, and every creation, change of access and revocation of an API client is in the audit trail
 * with the actor, the source address and the request id, never with the key.
 */
@OwaspSuite
class Api6SensitiveBusinessFlowsTest {

    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void creatingChangingAndRevokingAClientAreAuditedWithoutTheKey() {
        JsonNode created = fixture.createClient("audited", List.of("VIEWER"), List.of(fixture.a.brandId()));
        String id = created.path("id").asText();
        fixture.admin.put("/api/v1/admin/clients/" + id + "/access", Map.of("roles", List.of("PARTNER"), "brands", List.of(fixture.a.brandId())))
                .expect(200);
        Answer revoked = fixture.admin.delete("/api/v1/admin/clients/" + id).expect(204);

        Answer trail = fixture.admin.get("/api/v1/admin/audit?limit=200").expect(200);
        List<JsonNode> aboutIt = new ArrayList<>();
        trail.json().path("items").forEach(e -> {
            if (e.path("clientId").asText().equals(id)) {
                aboutIt.add(e);
            }
        });
        assertEquals(List.of("CLIENT_REVOKED", "CLIENT_ACCESS_CHANGED", "CLIENT_CREATED"), aboutIt.stream().map(e -> e.path("action").asText()).toList());
        for (JsonNode event : aboutIt) {
            assertFalse(event.path("actorId").asText().isBlank(), event.toString());
            assertTrue(event.path("sourceAddress").asText().startsWith("127."), event.toString());
            assertFalse(event.path("requestId").asText().isBlank(), event.toString());
        }
        assertEquals(revoked.header("X-Request-Id"), aboutIt.getFirst().path("requestId").asText());
        assertFalse(trail.text().contains(created.path("key").asText()), "the audit trail never holds a key");
    }

    @Test
    void onlyAdminMayChangeWhoCallsOrReadTheTrail() {
        JsonNode created = fixture.createClient("not-for-marketing", List.of("VIEWER"), List.of(fixture.a.brandId()));
        for (Role role : Role.values()) {
            Caller caller = fixture.asA(role);
            caller.post("/api/v1/admin/clients", Map.of("name", "sneaky", "roles", List.of("ADMIN"), "allBrands", true)).expect(403);
            caller.put("/api/v1/admin/clients/" + created.path("id").asText() + "/access", Map.of("roles", List.of("ADMIN"), "allBrands", true)).expect(403);
            caller.delete("/api/v1/admin/clients/" + created.path("id").asText()).expect(403);
            caller.get("/api/v1/admin/audit").expect(403);
        }
        fixture.withKey(created.path("key").asText()).get("/api/v1/brands").expect(200);
    }
}
