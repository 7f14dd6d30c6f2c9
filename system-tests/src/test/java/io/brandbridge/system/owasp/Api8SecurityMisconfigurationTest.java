package io.brandbridge.system.owasp;

import com.fasterxml.jackson.databind.JsonNode;
import io.brandbridge.system.platform.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API8, security misconfiguration, on the running processes: no management endpoint answers on any
 * public port but liveness and readiness, which say only their status; answers carry the security
 * headers; CORS admits only the configured origins; errors never show a stack trace or a class name.
 */
@OwaspSuite
class Api8SecurityMisconfigurationTest {

    private static final List<String> MANAGEMENT_PATHS = List.of("/threaddump", "/routes", "/beans", "/refresh", "/env", "/loggers",
            "/loggers/ROOT", "/metrics", "/metrics/jvm.memory.used", "/prometheus", "/info", "/caches", "/stop", "/health/db",
            "/health/jdbc", "/health/diskSpace", "/heapdump", "/flyway", "/management", "/actuator", "/actuator/health");
    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    @Test
    void noManagementEndpointAnswersOnAnyPublicPort() {
        List<String> open = new ArrayList<>();
        for (ServiceProcess process : processes()) {
            Caller anonymous = new Caller(process.url(), Map.of());
            Caller admin = new Caller(process.url(), Map.of("Authorization", "Bearer " + fixture.adminKeyForRawCalls()));
            for (String path : MANAGEMENT_PATHS) {
                for (Caller caller : List.of(anonymous, admin)) {
                    for (String method : List.of("GET", "POST")) {
                        Answer answer = caller.send(method, path, method.equals("POST") ? "application/json" : null, method.equals("POST") ? "{}" : null);
                        if (answer.status() != 401 && answer.status() != 404 && answer.status() != 405) {
                            open.add(process.module() + " " + method + " " + path + " -> " + answer.status());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), open);
    }

    @Test
    void livenessAndReadinessSayOnlyTheirStatus() {
        for (ServiceProcess process : processes()) {
            for (String path : List.of("/health/liveness", "/health/readiness")) {
                JsonNode health = new Caller(process.url(), Map.of()).get(path).expect(200).json();
                assertEquals(List.of("status"), fieldNames(health), process.module() + path + ": " + health);
                assertEquals("UP", health.path("status").asText());
            }
        }
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        Answer answer = fixture.withKey(null).get("/api/v1/brands").expect(401);
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("no-store", answer.header("Cache-Control"));
        assertEquals("DENY", answer.header("X-Frame-Options"));
    }

    @Test
    void corsAdmitsOnlyConfiguredOrigins() {
        Answer foreign = new Caller(fixture.gatewayUrl(), Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "GET"))
                .send("OPTIONS", "/api/v1/brands", null, null);
        assertNull(foreign.header("Access-Control-Allow-Origin"), foreign.headers().toString());
        Answer allowed = new Caller(fixture.gatewayUrl(), Map.of("Origin", "http://localhost:5173", "Access-Control-Request-Method", "GET"))
                .send("OPTIONS", "/api/v1/brands", null, null);
        assertEquals("http://localhost:5173", allowed.header("Access-Control-Allow-Origin"));
    }

    @Test
    void errorsNeverShowInternals() {
        List<Answer> errors = List.of(
                fixture.admin.send("POST", "/api/v1/brands", "application/json", "{\"name\":"),
                fixture.admin.send("POST", "/api/v1/brands", "application/json", "[".repeat(5000)),
                fixture.admin.send("POST", "/api/v1/brands", "text/plain", "hello"),
                fixture.admin.send("POST", "/api/v1/touchpoints/" + fixture.a.touchpointId() + "/targets", "application/json",
                        "{\"metric\":\"handle_seconds\",\"op\":\"SIDEWAYS\",\"threshold\":1,\"kind\":\"COST\"}"),
                fixture.admin.get("/api/v1/brands?limit=abc"),
                fixture.admin.get("/api/v1/touchpoints/" + fixture.a.touchpointId() + "/interactions?from=yesterday"),
                fixture.admin.get("/api/v1/brands/%00"));
        for (Answer error : errors) {
            assertTrue(error.status() >= 400 && error.status() < 500, error.call() + " answered " + error.status() + ": " + error.text());
            error.assertProblem();
        }
    }

    private static List<ServiceProcess> processes() {
        return List.of("gateway", "promise-service", "touchpoint-service", "alignment-service").stream()
                .map(fixture.platform()::service).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
