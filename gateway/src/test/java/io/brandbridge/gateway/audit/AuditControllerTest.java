package io.brandbridge.gateway.audit;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key creation, access changes and revocation leave audit events that only ADMIN clients can read. */
@MicronautTest(transactional = false)
class AuditControllerTest extends GatewayTestBase {

    @Test
    void creationAccessChangeAndRevocationAreAuditedNewestFirstWithoutTheKey() {
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients",
                        Map.of("name", "audited", "roles", List.of("VIEWER"), "brands", List.of("brd_a", "brd_b")))
                .header("X-Request-Id", "req-create-1"), ADMIN_KEY);
        assertEquals(201, created.status(), created.body());
        String id = (String) created.json().get("id");
        String key = (String) created.json().get("key");

        Reply changed = send(HttpRequest.PUT("/api/v1/admin/clients/" + id + "/access",
                        Map.of("roles", List.of("MARKETING", "VIEWER"), "allBrands", true))
                .header("X-Request-Id", "req-change-1"), ADMIN_KEY);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of("MARKETING", "VIEWER"), changed.json().get("roles"));
        assertEquals(true, changed.json().get("allBrands"));
        assertEquals(List.of(), changed.json().getOrDefault("brands", List.of()), "no brands named beside allBrands");

        Reply revoked = send(HttpRequest.DELETE("/api/v1/admin/clients/" + id).header("X-Request-Id", "req-revoke-1"), ADMIN_KEY);
        assertEquals(204, revoked.status());

        Reply audit = send(HttpRequest.GET("/api/v1/admin/audit?limit=3"), ADMIN_KEY);
        assertEquals(200, audit.status(), audit.body());
        assertEquals("application/json", audit.contentType());
        assertFalse(audit.body().contains(key) || audit.body().contains(key.substring(3)), "never the key: " + audit.body());
        List<Map<String, Object>> items = items(audit);
        assertEquals(List.of("CLIENT_REVOKED", "CLIENT_ACCESS_CHANGED", "CLIENT_CREATED"), items.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of("req-revoke-1", "req-change-1", "req-create-1"), items.stream().map(e -> e.get("requestId")).toList());
        for (Map<String, Object> event : items) {
            assertEquals(id, event.get("clientId"));
            assertEquals("audited", event.get("clientName"));
            assertEquals("bootstrap-admin", event.get("actorId"));
            assertEquals("bootstrap-admin", event.get("actorName"));
            assertEquals("127.0.0.1", event.get("sourceAddress"));
            assertTrue(((String) event.get("id")).startsWith("aud_"), event.toString());
            assertNotNull(event.get("occurredAt"));
        }
        assertEquals("roles VIEWER; brands brd_a, brd_b", items.get(2).get("detail"));
        assertEquals("roles VIEWER -> MARKETING, VIEWER; brands brd_a, brd_b -> all brands", items.get(1).get("detail"));
        assertNull(items.get(0).get("detail"));
    }

    @Test
    void anAdminClientIsNamedAsTheActor() {
        String admin = createClient("second-admin", List.of(Role.ADMIN));
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "made-by-second", "roles", List.of("PARTNER"), "brands", List.of("brd_p"))), admin);
        assertEquals(201, created.status(), created.body());

        Map<String, Object> newest = items(send(HttpRequest.GET("/api/v1/admin/audit?limit=1"), ADMIN_KEY)).get(0);
        assertEquals("CLIENT_CREATED", newest.get("action"));
        assertEquals("made-by-second", newest.get("clientName"));
        assertEquals("second-admin", newest.get("actorName"));
        assertTrue(((String) newest.get("actorId")).startsWith("cli_"), newest.toString());
    }

    @Test
    void pagesGoFromNewestToOldestWithoutRepeats() {
        for (int i = 0; i < 5; i++) {
            createClient("paged-audit-" + i, List.of(Role.VIEWER), "brd_x");
        }
        List<String> seen = new ArrayList<>();
        for (Reply page : allPages("/api/v1/admin/audit?limit=2", ADMIN_KEY)) {
            List<Map<String, Object>> items = items(page);
            assertTrue(items.size() <= 2, page.body());
            items.forEach(e -> seen.add((String) e.get("clientName")));
        }
        List<String> paged = seen.stream().filter(name -> name.startsWith("paged-audit-")).toList();
        assertEquals(List.of("paged-audit-4", "paged-audit-3", "paged-audit-2", "paged-audit-1", "paged-audit-0"), paged);
    }

    @Test
    void aNonAdminGets403ProblemAndNoEvents() {
        String viewer = createClient("audit-viewer", List.of(Role.VIEWER), "brd_v");
        Reply refused = send(HttpRequest.GET("/api/v1/admin/audit"), viewer);

        assertEquals(403, refused.status(), refused.body());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("https://brandbridge.io/problems/forbidden", refused.json().get("type"));
        assertEquals("The roles of this API key do not allow GET /api/v1/admin/audit", refused.json().get("detail"));
        assertFalse(refused.body().contains("CLIENT_CREATED"));
    }

    @Test
    void aCursorThisApiDidNotIssueAndAnOutOfRangeLimitAnswer400() {
        Reply badCursor = send(HttpRequest.GET("/api/v1/admin/audit?cursor=bm90LWEtbnVtYmVy"), ADMIN_KEY);
        assertEquals(400, badCursor.status(), badCursor.body());
        assertEquals("application/problem+json", badCursor.contentType());
        assertTrue(badCursor.body().contains("/cursor"), badCursor.body());

        Reply badLimit = send(HttpRequest.GET("/api/v1/admin/audit?limit=500"), ADMIN_KEY);
        assertEquals(400, badLimit.status(), badLimit.body());
        assertTrue(badLimit.body().contains("limit"), badLimit.body());
    }

    @Test
    void anAccessChangeTakesEffectAtOnceAndARefusedOneIsNotAudited() {
        Reply created = send(HttpRequest.POST("/api/v1/admin/clients",
                Map.of("name", "promoted", "roles", List.of("VIEWER"), "allBrands", true)), ADMIN_KEY);
        String id = (String) created.json().get("id");
        String key = (String) created.json().get("key");
        assertEquals(403, send(HttpRequest.POST("/api/v1/brands", Map.of("name", "x")), key).status(), "cached as a VIEWER");

        assertEquals(200, send(HttpRequest.PUT("/api/v1/admin/clients/" + id + "/access",
                Map.of("roles", List.of("MARKETING"), "allBrands", true)), ADMIN_KEY).status());
        assertEquals(200, send(HttpRequest.POST("/api/v1/brands", Map.of("name", "x")), key).status(), "a MARKETING key from the next request on");

        Reply refused = send(HttpRequest.PUT("/api/v1/admin/clients/" + id + "/access", Map.of("roles", List.of("SERVICE"), "allBrands", true)), ADMIN_KEY);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("/roles"), refused.body());
        assertEquals(404, send(HttpRequest.PUT("/api/v1/admin/clients/cli_00000000000000000000/access",
                Map.of("roles", List.of("VIEWER"), "allBrands", true)), ADMIN_KEY).status());
        assertEquals(400, send(HttpRequest.PUT("/api/v1/admin/clients/cli_missing/access",
                Map.of("roles", List.of("VIEWER"), "allBrands", true)), ADMIN_KEY).status(), "not an id this platform issues");
        Map<String, Object> newest = items(send(HttpRequest.GET("/api/v1/admin/audit?limit=1"), ADMIN_KEY)).get(0);
        assertEquals("CLIENT_ACCESS_CHANGED", newest.get("action"));
        assertEquals("roles VIEWER -> MARKETING; all brands (unchanged)", newest.get("detail"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Reply page) {
        return (List<Map<String, Object>>) page.json().get("items");
    }
}
