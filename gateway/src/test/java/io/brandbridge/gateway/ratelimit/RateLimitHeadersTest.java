package io.brandbridge.gateway.ratelimit;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every answer to a caller with a valid key says what is left of its bucket; a bucket of 3 refilled at 0.1 per second. */
@MicronautTest
class RateLimitHeadersTest extends GatewayTestBase {

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("brandbridge.gateway.cors.allowed-origins", "https://app.example.com");
    }

    private String limitedKey(String name) {
        return createClient(Map.of("name", name, "roles", List.of(Role.VIEWER), "allBrands", true,
                "rateLimit", Map.of("requestsPerSecond", 0.1, "burst", 3)));
    }

    @Test
    void proxiedAnswersRefusalsAndTheFinal429CountDownTheBucket() {
        String key = limitedKey("counted");

        Reply first = send(HttpRequest.GET("/api/v1/brands").header("Origin", "https://app.example.com"), key);
        Reply forbidden = send(HttpRequest.POST("/api/v1/brands", Map.of("name", "Acme")), key);
        Reply unknown = send(HttpRequest.GET("/api/v1/nothing-here"), key);
        Reply limited = send(HttpRequest.GET("/api/v1/brands"), key);

        assertEquals(200, first.status(), first.body());
        assertEquals("promise-service", first.json().get("service"));
        assertEquals(List.of("3", "2"), List.of(first.header("RateLimit-Limit"), first.header("RateLimit-Remaining")));
        assertEquals("10", first.header("RateLimit-Reset"), "one token short of full at 0.1 per second");
        assertTrue(first.header("Access-Control-Expose-Headers").contains("RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset"));
        assertEquals(403, forbidden.status(), forbidden.body());
        assertEquals("1", forbidden.header("RateLimit-Remaining"));
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("0", unknown.header("RateLimit-Remaining"));
        assertEquals(429, limited.status(), limited.body());
        assertEquals("application/problem+json", limited.contentType());
        assertEquals("0", limited.header("RateLimit-Remaining"));
        assertEquals("3", limited.header("RateLimit-Limit"));
        assertTrue(Long.parseLong(limited.header("Retry-After")) >= 1, limited.header("Retry-After"));
        assertTrue(Long.parseLong(limited.header("RateLimit-Reset")) >= 29, limited.header("RateLimit-Reset"));
    }

    @Test
    void theAdminApiAnswersCarryThemTooAndAnUnauthenticatedCallerGetsNone() {
        Reply list = send(HttpRequest.GET("/api/v1/admin/clients?limit=1"), ADMIN_KEY);
        Reply anonymous = send(HttpRequest.GET("/api/v1/brands"));

        assertEquals(200, list.status(), list.body());
        assertEquals("100000", list.header("RateLimit-Limit"));
        assertTrue(Long.parseLong(list.header("RateLimit-Remaining")) > 99_000, list.header("RateLimit-Remaining"));
        assertEquals(401, anonymous.status(), anonymous.body());
        assertNull(anonymous.header("RateLimit-Limit"));
    }
}
