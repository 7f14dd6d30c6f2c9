package io.brandbridge.gateway.apiclients;

import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The admin API reads its bodies as strictly as the services: each wrong field named, allowed values listed. */
@MicronautTest
class AdminBodiesTest extends GatewayTestBase {

    @Test
    void anUnknownRoleAndWronglyTypedFieldsAreEachNamed() {
        Reply reply = send(HttpRequest.POST("/api/v1/admin/clients",
                        "{\"name\":\"x\",\"roles\":[\"ROOT\"],\"allBrands\":\"yes\",\"rateLimit\":{\"requestsPerSecond\":\"5\",\"burst\":2.5}}")
                .contentType(MediaType.APPLICATION_JSON), ADMIN_KEY);
        assertEquals(400, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(List.of(error("/allBrands", "must be true or false"),
                        error("/rateLimit/burst", "must be a whole number"),
                        error("/rateLimit/requestsPerSecond", "must be a number"),
                        error("/roles/0", "must be one of ADMIN, MARKETING, OPERATIONS, INTEGRATOR, PARTNER, VIEWER, PRIVACY, SERVICE")),
                errors(reply));
        assertFalse(reply.body().contains("Role"), reply.body());
    }

    @Test
    void aClientNameWithAControlCharacterIsRefused() {
        Reply reply = send(HttpRequest.POST("/api/v1/admin/clients", "{\"name\":\"dash\\u001b[2Jboard\",\"roles\":[\"VIEWER\"],\"allBrands\":true}")
                .contentType(MediaType.APPLICATION_JSON), ADMIN_KEY);
        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of(error("/name", "must not contain control characters")), errors(reply));
    }

    @Test
    void malformedJsonGivesItsPosition() {
        Reply reply = send(HttpRequest.POST("/api/v1/admin/clients", "{\"name\":").contentType(MediaType.APPLICATION_JSON), ADMIN_KEY);
        assertEquals(400, reply.status(), reply.body());
        assertEquals(List.of(error("/", "is not valid JSON (line 1, column 9)")), errors(reply));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(Reply reply) {
        return ((List<Map<String, Object>>) reply.json().get("errors")).stream()
                .sorted(Comparator.comparing(e -> (String) e.get("pointer"))).toList();
    }

    private static Map<String, Object> error(String pointer, String message) {
        return Map.of("pointer", pointer, "message", message);
    }
}
