package io.brandbridge.gateway.routing;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.RawHttp;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.brandbridge.gateway.support.StubService;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class ProxyTest extends GatewayTestBase {

    @jakarta.inject.Inject
    io.micronaut.runtime.server.EmbeddedServer server;

    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void partnerScopedToBrandAGets404ForBrandB() {
        String partner = createClient("partner-a", List.of(Role.PARTNER), "brd_A");

        Reply own = send(HttpRequest.GET("/api/v1/alignment/brands/brd_A/gaps"), partner);
        assertEquals(200, own.status(), own.body());
        assertEquals(List.of("brd_A"), own.json().get("brands"));

        Reply other = send(HttpRequest.GET("/api/v1/alignment/brands/brd_B"), partner);
        assertEquals(404, other.status());
        assertEquals("application/problem+json", other.contentType());
        assertEquals(403, send(HttpRequest.GET("/api/v1/brands/brd_A"), partner).status(), "partners read alignment only");
    }

    @Test
    void problemFromTheServicePassesThroughUnchanged() {
        String problem = "{\"type\":\"https://brandbridge.io/problems/precondition-failed\",\"title\":\"Precondition Failed\","
                + "\"status\":412,\"detail\":\"ETag \\\"3\\\" is stale\",\"instance\":\"/api/v1/promises/prm_1\",\"requestId\":\"abc\"}";
        promise.respond("/api/v1/promises/prm_1", (exchange, caller) -> {
            exchange.getResponseHeaders().set("ETag", "\"4\"");
            exchange.getResponseHeaders().set("X-Custom", "kept");
            StubService.send(exchange, 412, "application/problem+json", problem);
        });
        String key = createClient("marketing-412", List.of(Role.MARKETING), "brd_1");

        Reply reply = send(HttpRequest.PUT("/api/v1/promises/prm_1", Map.of("title", "t")).header("If-Match", "\"3\""), key);

        assertEquals(412, reply.status());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(problem, reply.body());
        assertEquals("\"4\"", reply.header("ETag"));
        assertEquals("kept", reply.header("X-Custom"));
    }

    @Test
    void successStatusHeadersAndBodyPassThroughWithLocationMadeRelative() {
        promise.respond("/api/v1/brands", (exchange, caller) -> {
            exchange.getResponseHeaders().set("Location", promise.url() + "/api/v1/brands/brd_new?x=1");
            StubService.send(exchange, 201, "application/json", "{\"id\":\"brd_new\"}");
        });
        String key = createClient("marketing-201", List.of(Role.MARKETING), "brd_1");

        Reply reply = send(HttpRequest.POST("/api/v1/brands", Map.of("name", "n")), key);

        assertEquals(201, reply.status());
        assertEquals("{\"id\":\"brd_new\"}", reply.body());
        assertEquals("/api/v1/brands/brd_new?x=1", reply.header("Location"), "no internal host in Location");
    }

    @Test
    void requestIdIsPassedThroughOrGeneratedAndEchoedOnce() {
        String key = createClient("viewer-rid", List.of(Role.VIEWER));

        Reply given = send(HttpRequest.GET("/api/v1/touchpoints").header("X-Request-Id", "trace-123"), key);
        assertEquals("trace-123", given.json().get("requestId"));
        assertEquals(List.of("trace-123"), given.headers().getAll("X-Request-Id"));

        Reply generated = send(HttpRequest.GET("/api/v1/touchpoints"), key);
        String id = (String) generated.json().get("requestId");
        assertNotNull(id);
        assertEquals(List.of(id), generated.headers().getAll("X-Request-Id"));
    }

    @Test
    void clientSentInternalTokenAndAuthorizationAreStripped() {
        String viewer = createClient("viewer-forger", List.of(Role.VIEWER), "brd_1");
        String forged = tokens.mint(new io.brandbridge.defaults.security.Caller("forger", java.util.Set.of(Role.ADMIN), java.util.Set.of(), true),
                "promise-service");

        Reply reply = send(HttpRequest.GET("/api/v1/alignment/brands/brd_2").header("X-Internal-Token", forged), viewer);

        assertEquals(404, reply.status(), "the forged all-brands token was replaced by the client's own scope");
        Reply echo = send(HttpRequest.GET("/api/v1/brands").header("X-Internal-Token", forged), viewer);
        assertTrue(String.valueOf(echo.json().get("client")).matches("cli_[0-9a-z]{20}"), "the viewer's own id: " + echo.json().get("client"));
        assertEquals(List.of("VIEWER"), echo.json().get("roles"));
        assertEquals(1, echo.json().get("internalTokens"));
        assertEquals(null, echo.json().get("authorization"));
    }

    @Test
    void hopByHopHeadersStayOnTheirConnectionBothWays() throws Exception {
        java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        promise.respond("/api/v1/brands/brd_1", (exchange, caller) -> {
            exchange.getRequestHeaders().forEach((name, values) -> seen.add(name.toLowerCase(java.util.Locale.ROOT)
                    + ": " + String.join(",", values).toLowerCase(java.util.Locale.ROOT)));
            exchange.getResponseHeaders().set("Connection", "X-Downstream-Hop");
            exchange.getResponseHeaders().set("X-Downstream-Hop", "1");
            exchange.getResponseHeaders().set("Upgrade", "h2c");
            exchange.getResponseHeaders().set("X-Kept", "yes");
            StubService.send(exchange, 200, "application/json", "{}");
        });
        String key = createClient("viewer-hops", List.of(Role.VIEWER), "brd_1");

        String response = RawHttp.exchange(server.getPort(), "GET /api/v1/brands/brd_1 HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Bearer " + key + "\r\n"
                + "Connection: Upgrade, HTTP2-Settings, X-Client-Hop\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA\r\n"
                + "Keep-Alive: timeout=5\r\nTE: trailers\r\nX-Client-Hop: 1\r\nX-End-To-End: kept\r\n\r\n");

        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(seen.contains("x-end-to-end: kept"), seen.toString());
        for (String hop : List.of("upgrade", "http2-settings", "keep-alive", "te", "x-client-hop")) {
            assertTrue(seen.stream().noneMatch(h -> h.startsWith(hop + ":")), hop + " reached the service: " + seen);
        }
        // The gateway's own client may state its keep-alive; the client's connection options must not travel.
        assertTrue(seen.stream().filter(h -> h.startsWith("connection:")).allMatch(h -> h.equals("connection: keep-alive")), seen.toString());
        String headers = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(headers.contains("x-kept: yes"), headers);
        assertFalse(headers.contains("x-downstream-hop") || headers.contains("upgrade:"), headers);
    }

    @Test
    void proxiedCallsAreMeasuredAtTheFrontDoorButNotAgainOnTheWayOut() throws InterruptedException {
        String key = createClient("viewer-metrics", List.of(Role.VIEWER));
        assertEquals(200, send(HttpRequest.GET("/api/v1/touchpoints"), key).status());

        // The server timer is recorded once the response is written, which may be just after the client has it.
        for (int i = 0; i < 50 && meters.find("http.server.requests").timers().isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertFalse(meters.find("http.server.requests").timers().isEmpty(), "server metrics are on");
        assertTrue(meters.find("http.client.requests").timers().isEmpty(), "no client metrics for downstream calls");
    }

    @Test
    void queryStringAndBodyReachTheService() {
        String key = createClient("ops-body", List.of(Role.OPERATIONS), "brd_1");
        Reply reply = send(HttpRequest.POST("/api/v1/stats/attainment?debug=a%20b&x=1", Map.of("metric", "wait_seconds")), key);
        assertEquals("debug=a%20b&x=1", reply.json().get("query"));
        assertEquals(((Number) reply.json().get("bodyBytes")).intValue(), "{\"metric\":\"wait_seconds\"}".length());
    }

    @Test
    void unknownSegmentAnswers404ProblemFromTheGateway() {
        Reply reply = send(HttpRequest.GET("/api/v1/nothing-here"), ADMIN_KEY);
        assertEquals(404, reply.status());
        assertEquals("application/problem+json", reply.contentType());
    }

    @Test
    void stoppedServiceLeaksNoHostName() {
        touchpoint.stop();
        String key = createClient("viewer-leak", List.of(Role.VIEWER));
        Reply reply = send(HttpRequest.GET("/api/v1/touchpoints"), key);
        assertEquals(503, reply.status());
        assertFalse(reply.body().contains("localhost") || reply.body().contains("127.0.0.1")
                || reply.body().contains(touchpoint.url().substring(touchpoint.url().lastIndexOf(':') + 1)), reply.body());
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertTrue(reply.headers().names().stream().noneMatch(n -> reply.header(n).contains("localhost")));
    }
}
