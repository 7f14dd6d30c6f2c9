package io.brandbridge.gateway.session;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class SessionControllerTest extends GatewayTestBase {

    private static final String SESSION = "/api/v1/session";

    @Test
    void aPartnerKeySeesItsClientRolesAndSortedBrands() {
        String key = createClient("partner-dashboard", List.of(Role.PARTNER, Role.VIEWER), "brd_b", "brd_a");

        Reply reply = send(HttpRequest.GET(SESSION), key);

        assertEquals(200, reply.status(), reply.body());
        assertEquals("application/json", reply.contentType());
        assertEquals("no-store", reply.header("Cache-Control"));
        assertNotNull(reply.header("RateLimit-Remaining"), "a valid key's answer carries its quota");
        Map<String, Object> body = reply.json();
        assertTrue(String.valueOf(body.get("clientId")).matches("cli_[0-9a-z]{20}"), body.toString());
        assertEquals("partner-dashboard", body.get("name"));
        assertEquals(List.of("PARTNER", "VIEWER"), body.get("roles"));
        assertEquals(List.of("brd_a", "brd_b"), body.get("brands"));
        assertEquals(false, body.get("allBrands"));
        assertEquals(5, body.size(), "nothing but the five fields: " + body.keySet());
    }

    @Test
    void theBootstrapAdminKeySeesEveryBrand() {
        Map<String, Object> body = send(HttpRequest.GET(SESSION), ADMIN_KEY).json();

        assertEquals(Map.of("clientId", "bootstrap-admin", "name", "bootstrap-admin", "roles", List.of("ADMIN"),
                "brands", List.of(), "allBrands", true), body);
    }

    @Test
    void theSameClientIsAnsweredAfterItsAccessChanges() {
        String key = createClient("operations-desk", List.of(Role.OPERATIONS), "brd_a");
        String id = (String) send(HttpRequest.GET(SESSION), key).json().get("clientId");

        Reply changed = send(HttpRequest.PUT("/api/v1/admin/clients/" + id + "/access", Map.of("roles", List.of("MARKETING"), "allBrands", true)), ADMIN_KEY);
        assertEquals(200, changed.status(), changed.body());

        Map<String, Object> body = send(HttpRequest.GET(SESSION), key).json();
        assertEquals(id, body.get("clientId"));
        assertEquals(List.of("MARKETING"), body.get("roles"));
        assertEquals(List.of(), body.get("brands"));
        assertEquals(true, body.get("allBrands"));
    }

    @Test
    void noKeyAnswers401ProblemWithTheChallenge() {
        Reply reply = send(HttpRequest.GET(SESSION));

        assertEquals(401, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("Bearer realm=\"brandbridge\"", reply.header("WWW-Authenticate"));
        assertEquals(401, ((Number) reply.json().get("status")).intValue());
    }

    @Test
    void aRevokedKeyAnswers401() {
        String key = createClient("short-lived", List.of(Role.VIEWER), "brd_a");
        String id = (String) send(HttpRequest.GET(SESSION), key).json().get("clientId");
        assertEquals(204, send(HttpRequest.DELETE("/api/v1/admin/clients/" + id), ADMIN_KEY).status());

        Reply reply = send(HttpRequest.GET(SESSION), key);

        assertEquals(401, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertTrue(reply.header("WWW-Authenticate").contains("invalid_token"), reply.header("WWW-Authenticate"));
    }

    @Test
    void anotherMethodAnswers405WithGet() {
        Reply reply = send(HttpRequest.POST(SESSION, Map.of()), ADMIN_KEY);

        assertEquals(405, reply.status(), reply.body());
        assertEquals("GET", reply.header("Allow"));
    }
}
