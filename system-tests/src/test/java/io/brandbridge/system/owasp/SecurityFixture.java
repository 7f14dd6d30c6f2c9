package io.brandbridge.system.owasp;

import io.brandbridge.system.platform.Platform;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One running platform shared by the OWASP API Top 10 suites: two brands, A and B, each with an
 * active promise, a touchpoint with a target, pushed interactions and a recompute, and an API client
 * per role scoped to brand A. A test class asks for it as a {@code @BeforeAll} parameter; it starts
 * once and stops after the last suite.
 */
final class SecurityFixture implements AutoCloseable {

    enum Role { MARKETING, OPERATIONS, INTEGRATOR, PARTNER, VIEWER, PRIVACY }

    /** What one brand holds, by id. */
    record BrandObjects(String brandId, String promiseId, String touchpointId, String targetId) {
    }

    /** Limits small enough to reach in a test: records per push, how long a connection may stay silent, a route's time limit. */
    static final int MAX_RECORDS = 100;
    static final Duration IDLE = Duration.ofSeconds(4);
    static final Duration ROUTE_TIME_LIMIT = Duration.ofSeconds(3);
    /** Failed authentications per address and minute; the suites' own refusals from 127.0.0.1 stay well below it. */
    static final int AUTH_FAILURES = 60;
    private static final Map<String, String> LIMITS = Map.of("INGEST_MAX_RECORDS", String.valueOf(MAX_RECORDS),
            "IDLE_TIMEOUT", IDLE.toSeconds() + "s", "PROMISE_SERVICE_TIMEOUT", ROUTE_TIME_LIMIT.toSeconds() + "s",
            "AUTH_FAILURE_LIMIT", String.valueOf(AUTH_FAILURES));

    private final Platform platform;
    final Caller admin;
    final BrandObjects a;
    final BrandObjects b;
    private final Map<Role, String> keysForA = new EnumMap<>(Role.class);

    private SecurityFixture() {
        platform = new Platform(LIMITS).start();
        admin = Caller.withKey(platform.gatewayUrl(), platform.adminKey());
        a = seedBrand("a");
        b = seedBrand("b");
        for (Role role : Role.values()) {
            keysForA.put(role, createClient("brand-a-" + role.name().toLowerCase(), List.of(role.name()), List.of(a.brandId())).path("key").asText());
        }
    }

    Platform platform() {
        return platform;
    }

    String gatewayUrl() {
        return platform.gatewayUrl();
    }

    /** A caller with the given role, scoped to brand A only. */
    Caller asA(Role role) {
        return Caller.withKey(platform.gatewayUrl(), keysForA.get(role));
    }

    String adminKeyForRawCalls() {
        return platform.adminKey();
    }

    Caller withKey(String key) {
        return Caller.withKey(platform.gatewayUrl(), key);
    }

    com.fasterxml.jackson.databind.JsonNode createClient(String name, List<String> roles, List<String> brands) {
        return admin.post("/api/v1/admin/clients", Map.of("name", name, "roles", roles, "brands", brands)).expect(201).json();
    }

    private BrandObjects seedBrand(String suffix) {
        String brandId = admin.post("/api/v1/brands", Map.of("name", "Brand " + suffix.toUpperCase(), "slug", "owasp-brand-" + suffix,
                "timeZone", "Europe/London")).expect(201).json().path("id").asText();
        String promiseId = admin.post("/api/v1/brands/" + brandId + "/promises", Map.of(
                "title", "Answered within a minute", "statement", "A person answers within a minute.",
                "touchpointTypes", List.of("CALL_CENTRE"), "priority", 3,
                "commitments", List.of(Map.of("key", "answered_in_60s", "metric", "wait_seconds", "op", "LE", "threshold", 60,
                        "objective", 0.8, "window", Map.of("type", "ROLLING_DAYS", "days", 28), "weight", 1, "minSample", 1))))
                .expect(201).json().path("id").asText();
        admin.post("/api/v1/promises/" + promiseId + "/activate", Map.of()).expect(200);
        String touchpointId = admin.post("/api/v1/touchpoints?brandId=" + brandId, Map.of("type", "CALL_CENTRE",
                "name", "Contact centre " + suffix, "owner", "Operations", "region", "UK", "timeZone", "Europe/London"))
                .expect(201).json().path("id").asText();
        String targetId = admin.post("/api/v1/touchpoints/" + touchpointId + "/targets", Map.of("metric", "handle_seconds", "op", "LE",
                "threshold", 180, "kind", "COST", "rationale", "Handle-time cap")).expect(201).json().path("id").asText();
        admin.send("POST", "/api/v1/touchpoints/" + touchpointId + "/interactions", "application/x-ndjson", interactions(suffix)).expect(200);
        admin.post("/api/v1/alignment/brands/" + brandId + "/recompute", Map.of()).expect(200);
        return new BrandObjects(brandId, promiseId, touchpointId, targetId);
    }

    private static String interactions(String suffix) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(2, ChronoUnit.DAYS);
        StringJoiner lines = new StringJoiner("\n", "", "\n");
        for (int i = 0; i < 40; i++) {
            lines.add(Caller.json(Map.of("externalId", "call-" + suffix + "-" + i, "occurredAt", start.plusSeconds(600L * i).toString(),
                    "metrics", Map.of("wait_seconds", 20 + 3 * i, "handle_seconds", 100 + 5 * i))));
        }
        return lines.toString();
    }

    @Override
    public void close() {
        platform.close();
    }

    /** Hands the shared fixture to a test class, starting it on first use and closing it when the whole run ends. */
    static final class Resolver implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SecurityFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(SecurityFixture.class))
                    .getOrComputeIfAbsent(SecurityFixture.class, k -> new SecurityFixture(), SecurityFixture.class);
        }
    }
}
