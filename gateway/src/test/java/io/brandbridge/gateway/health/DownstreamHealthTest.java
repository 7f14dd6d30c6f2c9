package io.brandbridge.gateway.health;

import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MicronautTest
class DownstreamHealthTest extends GatewayTestBase {

    @Test
    void healthListsTheThreeServicesAsUp() {
        Reply health = send(HttpRequest.GET("/health"));

        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().get("status"));
        Map<?, ?> details = (Map<?, ?>) health.json().get("details");
        for (String service : new String[]{"promise-service", "touchpoint-service", "alignment-service"}) {
            assertEquals("UP", ((Map<?, ?>) details.get(service)).get("status"), service + " in " + details);
        }
    }

    @Test
    void aDownServiceShowsDownWhileTheGatewayStaysUpAndReady() {
        alignment.stop();
        touchpoint.healthy(false);

        Reply health = send(HttpRequest.GET("/health"));
        Reply readiness = send(HttpRequest.GET("/health/readiness"));

        assertEquals(200, health.status(), health.body());
        assertEquals("UP", health.json().get("status"));
        assertEquals(200, readiness.status(), readiness.body());
        Map<?, ?> details = (Map<?, ?>) health.json().get("details");
        Map<?, ?> alignmentHealth = (Map<?, ?>) details.get("alignment-service");
        assertEquals("DOWN", alignmentHealth.get("status"));
        assertEquals(Map.of("error", "unreachable"), alignmentHealth.get("details"));
        assertEquals("DOWN", ((Map<?, ?>) details.get("touchpoint-service")).get("status"));
        assertEquals("UP", ((Map<?, ?>) details.get("promise-service")).get("status"));
        assertFalse(health.body().contains("localhost") || health.body().contains("127.0.0.1"), health.body());
    }
}
