package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.brandbridge.gateway.support.StubService;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the key gate answers on its own: 404 for a path that is no operation's, whoever asks, and 401s that say what to send. */
@MicronautTest
class GateAnswersTest extends GatewayTestBase {

    @Test
    void anUnknownPathAnswers404ToAnAdminAndToAnyOtherKeyAndReachesNoService() {
        String viewer = createClient("viewer", List.of(Role.VIEWER));

        for (String key : List.of(viewer, ADMIN_KEY)) {
            for (String path : List.of("/api/v1/nothing-here", "/api/v1/admin/nothing-here", "/api/v1/brands/brd_x/nothing")) {
                Reply reply = send(HttpRequest.GET(path), key);
                assertEquals(404, reply.status(), path + " " + reply.body());
                assertEquals("application/problem+json", reply.contentType());
                assertEquals("There is no operation at " + path, reply.json().get("detail"));
            }
        }
        assertEquals(0, promise.calls() + touchpoint.calls() + alignment.calls());
    }

    @Test
    void a401SaysToSendAnApiKeyAsBearer() {
        Reply missing = send(HttpRequest.GET("/api/v1/brands"));
        Reply invalid = send(HttpRequest.GET("/api/v1/brands"), "bb_not-a-key-of-this-gateway-0123456789abcdef");

        for (Reply reply : List.of(missing, invalid)) {
            assertEquals(401, reply.status(), reply.body());
            assertEquals("application/problem+json", reply.contentType());
            assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"));
            String detail = (String) reply.json().get("detail");
            assertTrue(detail.contains("send Authorization: Bearer <API key>"), detail);
            assertFalse(detail.contains("through the gateway"), detail);
        }
    }

    @Test
    void aServiceRefusingTheGatewaysTokenReachesTheCallerAs503NeverAs401() {
        promise.respond("/api/v1/brands", (exchange, caller) -> StubService.send(exchange, 401, "application/problem+json",
                "{\"type\":\"https://brandbridge.io/problems/unauthorized\",\"title\":\"Unauthorized\",\"status\":401,"
                        + "\"detail\":\"Call this service through the gateway: a valid internal token is required\"}"));

        Reply reply = send(HttpRequest.GET("/api/v1/brands"), ADMIN_KEY);

        assertEquals(503, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals("5", reply.header("Retry-After"));
        assertEquals("The promise-service is unavailable; try again in 5 s", reply.json().get("detail"));
        assertEquals(200, send(HttpRequest.GET("/api/v1/metrics"), ADMIN_KEY).status(), "the connection is still good for the next request");
    }
}
