package io.brandbridge.gateway.health;

import io.brandbridge.defaults.management.ManagementAddress;
import io.brandbridge.defaults.testing.HttpProbe;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.micronaut.core.type.Argument;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@MicronautTest
class DownstreamHealthTest extends GatewayTestBase {

    @Inject
    ManagementAddress management;

    @Inject
    EmbeddedServer server;

    @Test
    void healthListsTheThreeServicesAsUp() throws IOException {
        HttpProbe.Answer health = HttpProbe.get(management.port(), "/health");

        assertEquals(200, health.status(), health.body());
        assertEquals("UP", json(health).get("status"));
        Map<?, ?> details = (Map<?, ?>) json(health).get("details");
        for (String service : new String[]{"promise-service", "touchpoint-service", "alignment-service"}) {
            assertEquals("UP", ((Map<?, ?>) details.get(service)).get("status"), service + " in " + details);
        }
    }

    @Test
    void aDownServiceShowsDownWhileTheGatewayStaysUpAndReady() throws IOException {
        alignment.stop();
        touchpoint.healthy(false);

        HttpProbe.Answer health = HttpProbe.get(management.port(), "/health");
        HttpProbe.Answer readiness = HttpProbe.get(management.port(), "/health/readiness");
        HttpProbe.Answer publicReadiness = HttpProbe.get(server.getPort(), "/health/readiness");

        assertEquals(200, health.status(), health.body());
        assertEquals("UP", json(health).get("status"));
        assertEquals(200, readiness.status(), readiness.body());
        assertEquals(200, publicReadiness.status(), publicReadiness.body());
        assertEquals("{\"status\":\"UP\"}", publicReadiness.body());
        Map<?, ?> details = (Map<?, ?>) json(health).get("details");
        Map<?, ?> alignmentHealth = (Map<?, ?>) details.get("alignment-service");
        assertEquals("DOWN", alignmentHealth.get("status"));
        assertEquals(Map.of("error", "unreachable"), alignmentHealth.get("details"));
        assertEquals("DOWN", ((Map<?, ?>) details.get("touchpoint-service")).get("status"));
        assertEquals("UP", ((Map<?, ?>) details.get("promise-service")).get("status"));
        assertFalse(health.body().contains("localhost") || health.body().contains("127.0.0.1"), health.body());
    }

    private Map<String, Object> json(HttpProbe.Answer answer) throws IOException {
        return json.readValue(answer.body(), Argument.mapOf(String.class, Object.class));
    }
}
