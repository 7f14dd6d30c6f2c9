package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static io.brandbridge.defaults.security.Role.ADMIN;
import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PARTNER;
import static io.brandbridge.defaults.security.Role.PRIVACY;
import static io.brandbridge.defaults.security.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every endpoint group of DESIGN 3.4 against every role: allowed ones reach their service with the client's identity, the rest answer 403. */
@MicronautTest
class RoleAccessTest extends GatewayTestBase {

    private static final String BRAND = "brd_a";
    private static final String PROMISE = "promise-service";
    private static final String TOUCHPOINT = "touchpoint-service";
    private static final String ALIGNMENT = "alignment-service";
    private static final String GATEWAY = "gateway";
    private static final String WEBHOOKS = "/api/v1/alignment/brands/" + BRAND + "/webhooks";

    private record Case(HttpMethod method, String path, String service, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Case allow(HttpMethod method, String path, String service, Role... roles) {
        EnumSet<Role> allowed = EnumSet.of(ADMIN);
        allowed.addAll(Arrays.asList(roles));
        return new Case(method, path, service, allowed);
    }

    // method                path                                                   owner        roles besides ADMIN
    private static final List<Case> CASES = List.of(
            allow(HttpMethod.GET,    "/api/v1/session",                                  GATEWAY,    MARKETING, OPERATIONS, INTEGRATOR, PARTNER, VIEWER, PRIVACY),
            allow(HttpMethod.GET,    "/api/v1/brands",                                   PROMISE,    MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/brands",                                   PROMISE,    MARKETING),
            allow(HttpMethod.GET,    "/api/v1/brands/" + BRAND,                          PROMISE,    MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.PUT,    "/api/v1/brands/" + BRAND,                          PROMISE,    MARKETING),
            allow(HttpMethod.DELETE, "/api/v1/brands/" + BRAND,                          PROMISE,    MARKETING),
            allow(HttpMethod.GET,    "/api/v1/brands/" + BRAND + "/promises",            PROMISE,    MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/brands/" + BRAND + "/promises",            PROMISE,    MARKETING),
            allow(HttpMethod.GET,    "/api/v1/brands/" + BRAND + "/promises/in-force",   PROMISE,    MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.GET,    "/api/v1/promises/prm_1",                           PROMISE,    MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.PUT,    "/api/v1/promises/prm_1",                           PROMISE,    MARKETING),
            allow(HttpMethod.POST,   "/api/v1/promises/prm_1/activate",                  PROMISE,    MARKETING),
            allow(HttpMethod.POST,   "/api/v1/promises/prm_1/retire",                    PROMISE,    MARKETING),
            allow(HttpMethod.GET,    "/api/v1/promises/prm_1/versions/2",                PROMISE,    MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.GET,    "/api/v1/metrics?brandId=" + BRAND,                 PROMISE,    MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/brands/" + BRAND + "/metrics",             PROMISE,    MARKETING),
            allow(HttpMethod.DELETE, "/api/v1/brands/" + BRAND + "/metrics/queue_len",   PROMISE,    MARKETING),
            allow(HttpMethod.POST,   "/api/v1/brands/" + BRAND + "/erasure",             TOUCHPOINT, PRIVACY),
            allow(HttpMethod.GET,    "/api/v1/brands/" + BRAND + "/erasures?limit=10",   TOUCHPOINT, PRIVACY),
            allow(HttpMethod.GET,    "/api/v1/brands/" + BRAND + "/data-policy",         TOUCHPOINT, MARKETING, OPERATIONS, VIEWER, PRIVACY),
            allow(HttpMethod.PUT,    "/api/v1/brands/" + BRAND + "/data-policy",         TOUCHPOINT, PRIVACY),
            allow(HttpMethod.GET,    "/api/v1/brands/" + BRAND + "/pseudonym-key", TOUCHPOINT, PRIVACY),
            allow(HttpMethod.POST,   "/api/v1/brands/" + BRAND + "/pseudonym-key/rotate", TOUCHPOINT, PRIVACY),
            allow(HttpMethod.GET,    "/api/v1/touchpoints?brandId=" + BRAND,             TOUCHPOINT, MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
            allow(HttpMethod.GET,    "/api/v1/touchpoints/tp_1",                         TOUCHPOINT, MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
            allow(HttpMethod.POST,   "/api/v1/touchpoints",                              TOUCHPOINT, OPERATIONS),
            allow(HttpMethod.PUT,    "/api/v1/touchpoints/tp_1",                         TOUCHPOINT, OPERATIONS),
            allow(HttpMethod.DELETE, "/api/v1/touchpoints/tp_1",                         TOUCHPOINT, OPERATIONS),
            allow(HttpMethod.GET,    "/api/v1/touchpoints/tp_1/targets",                 TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/touchpoints/tp_1/targets",                 TOUCHPOINT, OPERATIONS),
            allow(HttpMethod.PUT,    "/api/v1/touchpoints/tp_1/targets/tg_1",            TOUCHPOINT, OPERATIONS),
            allow(HttpMethod.DELETE, "/api/v1/touchpoints/tp_1/targets/tg_1",            TOUCHPOINT, OPERATIONS),
            allow(HttpMethod.GET,    "/api/v1/touchpoints/tp_1/ingest-health",           TOUCHPOINT, MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
            allow(HttpMethod.POST,   "/api/v1/touchpoints/tp_1/interactions",            TOUCHPOINT, INTEGRATOR),
            allow(HttpMethod.GET,    "/api/v1/touchpoints/tp_1/mappings",                TOUCHPOINT, MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
            allow(HttpMethod.POST,   "/api/v1/touchpoints/tp_1/mappings",                TOUCHPOINT, OPERATIONS, INTEGRATOR),
            allow(HttpMethod.GET,    "/api/v1/touchpoints/tp_1/mappings/acd",            TOUCHPOINT, MARKETING, OPERATIONS, VIEWER, INTEGRATOR),
            allow(HttpMethod.PUT,    "/api/v1/touchpoints/tp_1/mappings/acd",            TOUCHPOINT, OPERATIONS, INTEGRATOR),
            allow(HttpMethod.DELETE, "/api/v1/touchpoints/tp_1/mappings/acd",            TOUCHPOINT, OPERATIONS, INTEGRATOR),
            allow(HttpMethod.POST,   "/api/v1/touchpoints/tp_1/mappings/acd/preview",    TOUCHPOINT, OPERATIONS, INTEGRATOR),
            allow(HttpMethod.GET,    "/api/v1/touchpoints/tp_1/interactions?from=2026-01-01T00:00:00Z", TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.GET,    "/api/v1/touchpoints/tp_1/journeys/jrn-42",         TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/touchpoints/tp_1/journeys/lookup",         TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/stats/attainment",                         TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/stats/contingency",                        TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/stats/changes",                            TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/stats/attainment/batch",                   TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/stats/contingency/batch",                  TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/stats/predicates",                         TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.GET,    "/api/v1/stats/predicates/prd_1",                   TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.POST,   "/api/v1/stats/handoffs",                           TOUCHPOINT, MARKETING, OPERATIONS, VIEWER),
            allow(HttpMethod.GET,    "/api/v1/alignment/brands/" + BRAND,                ALIGNMENT,  MARKETING, OPERATIONS, VIEWER, PARTNER),
            allow(HttpMethod.GET,    "/api/v1/alignment/brands/" + BRAND + "/promises/prm_1", ALIGNMENT, MARKETING, OPERATIONS, VIEWER, PARTNER),
            allow(HttpMethod.GET,    "/api/v1/alignment/brands/" + BRAND + "/gaps",      ALIGNMENT,  MARKETING, OPERATIONS, VIEWER, PARTNER),
            allow(HttpMethod.GET,    "/api/v1/alignment/brands/" + BRAND + "/conflicts", ALIGNMENT,  MARKETING, OPERATIONS, VIEWER, PARTNER),
            allow(HttpMethod.GET,    "/api/v1/alignment/brands/" + BRAND + "/history",   ALIGNMENT,  MARKETING, OPERATIONS, VIEWER, PARTNER),
            allow(HttpMethod.POST,   "/api/v1/alignment/brands/" + BRAND + "/recompute", ALIGNMENT,  MARKETING, OPERATIONS),
            allow(HttpMethod.GET,    "/api/v1/alignment/brands/" + BRAND + "/handoffs",  ALIGNMENT,  MARKETING, OPERATIONS, VIEWER, PARTNER),
            allow(HttpMethod.POST,   WEBHOOKS,                                              ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.GET,    WEBHOOKS,                                              ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.GET,    WEBHOOKS + "/whk_1",                                   ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.PUT,    WEBHOOKS + "/whk_1",                                   ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.DELETE, WEBHOOKS + "/whk_1",                                   ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.POST,   WEBHOOKS + "/whk_1/rotate-secret",                     ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.POST,   WEBHOOKS + "/whk_1/test",                              ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.GET,    WEBHOOKS + "/whk_1/deliveries",                        ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.POST,   WEBHOOKS + "/whk_1/deliveries/dlv_1/redeliver",        ALIGNMENT,  MARKETING, OPERATIONS, PARTNER),
            allow(HttpMethod.GET,    "/api/v1/admin/clients",                            GATEWAY),
            allow(HttpMethod.DELETE, "/api/v1/admin/clients/cli_00000000000000000000",   GATEWAY),
            allow(HttpMethod.GET,    "/api/v1/admin/audit",                              GATEWAY));

    private final Map<Role, String> keys = new ConcurrentHashMap<>();

    static Stream<Arguments> roleAndEndpoint() {
        return allRoles().flatMap(role -> CASES.stream().map(c -> Arguments.of(role, c)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("roleAndEndpoint")
    void roleMayCallExactlyTheEndpointsOfTheMatrix(Role role, Case endpoint) {
        String key = keyFor(role);
        MutableHttpRequest<?> request = HttpRequest.create(endpoint.method(), endpoint.path());
        if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT) {
            request.body(Map.of("probe", true));
        }
        Reply reply = send(request, key);

        if (!endpoint.allowed().contains(role)) {
            assertEquals(403, reply.status(), reply.body());
            assertEquals("application/problem+json", reply.contentType());
            assertEquals("https://brandbridge.io/problems/forbidden", reply.json().get("type"));
            return;
        }
        if (endpoint.service().equals(GATEWAY)) {
            assertTrue(reply.status() == 200 || reply.status() == 404, reply.toString());
            return;
        }
        assertEquals(200, reply.status(), reply.body());
        Map<String, Object> echo = reply.json();
        assertEquals(endpoint.service(), echo.get("service"));
        assertEquals(endpoint.method().name(), echo.get("method"));
        assertEquals(endpoint.path(), echo.get("path") + (echo.get("query") == null ? "" : "?" + echo.get("query")));
        assertTrue(String.valueOf(echo.get("client")).matches("cli_[0-9a-z]{20}"), "services know the client by its id: " + echo.get("client"));
        assertEquals(List.of(role.name()), echo.get("roles"));
        assertEquals(role == ADMIN ? List.of() : List.of(BRAND), echo.get("brands"));
        assertEquals(role == ADMIN, echo.get("allBrands"));
        assertEquals(null, echo.get("authorization"), "the API key never leaves the gateway");
        assertEquals(1, echo.get("internalTokens"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("roleAndUndocumentedPath")
    void aPathThatIsNoOperationAnswers404ToEveryRoleAndReachesNoService(Role role, String path) {
        String key = keyFor(role);
        Reply reply = send(HttpRequest.GET(path), key);
        assertEquals(404, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(0, promise.calls() + touchpoint.calls() + alignment.calls(), "nothing undocumented is forwarded");
    }

    static Stream<Arguments> roleAndUndocumentedPath() {
        return Stream.of(ADMIN, VIEWER, PARTNER).flatMap(role -> Stream.of("/api/v2/brands", "/api/v1/nothing", "/api/v1/brands/brd_a/secrets",
                "/api/v1/alignment/brands/brd_a/export", "/api/v1/touchpoints/tp_1/targets/tg_1/history").map(path -> Arguments.of(role, path)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allRoles")
    void operationsServicesServeOnlyToEachOtherAreNeverForwarded(Role role) {
        String key = keyFor(role);

        Reply brandData = send(HttpRequest.DELETE("/api/v1/brands/" + BRAND + "/data"), key);
        assertEquals(404, brandData.status(), brandData.body());
        assertEquals("application/problem+json", brandData.contentType());
        assertEquals(404, ((Number) brandData.json().get("status")).intValue());

        Reply alignmentBrand = send(HttpRequest.DELETE("/api/v1/alignment/brands/" + BRAND), key);
        assertEquals(405, alignmentBrand.status(), alignmentBrand.body());
        assertEquals("GET", alignmentBrand.header("Allow"));
        assertEquals("application/problem+json", alignmentBrand.contentType());

        assertEquals(0, promise.calls() + touchpoint.calls() + alignment.calls(), "nothing reached a service");
    }

    static Stream<Role> allRoles() {
        return Stream.of(ADMIN, MARKETING, OPERATIONS, INTEGRATOR, PARTNER, VIEWER, PRIVACY);
    }

    @org.junit.jupiter.api.Test
    void aKnownPathWithAnotherMethodAnswers405WithTheAllowedMethods() {
        String admin = keyFor(ADMIN);
        Reply reply = send(HttpRequest.PATCH("/api/v1/brands/brd_a", Map.of("name", "x")), admin);
        assertEquals(405, reply.status(), reply.body());
        assertEquals("GET, PUT, DELETE", reply.header("Allow"));
        assertEquals("application/problem+json", reply.contentType());
    }

    private String keyFor(Role role) {
        return keys.computeIfAbsent(role, r -> r == ADMIN
                ? createClient("admin-client", List.of(ADMIN))
                : createClient(r.name().toLowerCase() + "-client", List.of(r), BRAND));
    }
}
