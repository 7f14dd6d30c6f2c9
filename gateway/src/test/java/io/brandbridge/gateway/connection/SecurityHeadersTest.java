package io.brandbridge.gateway.connection;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.brandbridge.gateway.support.StubService;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest
class SecurityHeadersTest extends GatewayTestBase {

    @Test
    void theGatewaysOwnRefusalCarriesTheHeaders() {
        Reply refused = send(HttpRequest.GET("/api/v1/brands"));
        assertEquals(401, refused.status());
        assertApiHeaders(refused);
    }

    @Test
    void aProxiedAnswerCarriesTheHeadersAndKeepsItsOwnCachePolicy() {
        promise.respond("/api/v1/brands/brd_1", (exchange, caller) -> {
            exchange.getResponseHeaders().set("Cache-Control", "private, max-age=5");
            StubService.send(exchange, 200, "application/json", "{\"id\":\"brd_1\"}");
        });
        Reply reply = send(HttpRequest.GET("/api/v1/brands/brd_1"), createClient("viewer-headers", List.of(Role.VIEWER), "brd_1"));
        assertEquals(200, reply.status(), reply.body());
        assertEquals("private, max-age=5", reply.header("Cache-Control"));
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", reply.header("Content-Security-Policy"));
    }

    @Test
    void aPageIsNotForbiddenToLoadItsScripts() {
        Reply page = send(HttpRequest.GET("/swagger-ui/index.html"));
        assertEquals(200, page.status());
        assertEquals("DENY", page.header("X-Frame-Options"));
        assertNull(page.header("Content-Security-Policy"));
    }

    private static void assertApiHeaders(Reply reply) {
        assertEquals("nosniff", reply.header("X-Content-Type-Options"));
        assertEquals("DENY", reply.header("X-Frame-Options"));
        assertEquals("no-referrer", reply.header("Referrer-Policy"));
        assertEquals("no-store", reply.header("Cache-Control"));
        assertEquals("default-src 'none'; frame-ancestors 'none'", reply.header("Content-Security-Policy"));
    }
}
