package io.brandbridge.gateway.routing;

import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.brandbridge.gateway.support.StubService;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Conditional requests reach the service with their validators, and its 304 reaches the client as it was sent. */
@MicronautTest
class ConditionalRequestsTest extends GatewayTestBase {

    private static final String PATH = "/api/v1/promises/prm_8d2k4m6n8p0q2r4s6t8v";
    private static final String ETAG = "\"v3-5f2a\"";

    @Test
    void aServicesNotModifiedPassesThroughWithItsEtagAndNoBody() {
        promise.respond(PATH, (exchange, caller) -> {
            exchange.getResponseHeaders().set("ETag", ETAG);
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
            } else {
                StubService.send(exchange, 200, "application/json", "{\"id\":\"prm_8d2k4m6n8p0q2r4s6t8v\"}");
            }
        });

        Reply fresh = send(HttpRequest.GET(PATH), ADMIN_KEY);
        Reply unchanged = send(HttpRequest.GET(PATH).header("If-None-Match", ETAG), ADMIN_KEY);

        assertEquals(200, fresh.status(), fresh.body());
        assertEquals(ETAG, fresh.header("ETag"));
        assertEquals(304, unchanged.status(), unchanged.body());
        assertEquals(ETAG, unchanged.header("ETag"));
        assertEquals("", unchanged.body());
    }

    @Test
    void ifMatchReachesTheService() {
        promise.respond(PATH, (exchange, caller) -> StubService.send(exchange, 200, "application/json",
                "{\"ifMatch\":\"" + exchange.getRequestHeaders().getFirst("If-Match").replace("\"", "\\\"") + "\"}"));

        Reply changed = send(HttpRequest.PUT(PATH, Map.of("title", "Answered within a minute")).header("If-Match", ETAG), ADMIN_KEY);

        assertEquals(200, changed.status(), changed.body());
        assertEquals(ETAG, changed.json().get("ifMatch"));
    }
}
