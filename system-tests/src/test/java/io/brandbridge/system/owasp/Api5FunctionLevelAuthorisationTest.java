package io.brandbridge.system.owasp;

import io.brandbridge.system.owasp.SecurityFixture.BrandObjects;
import io.brandbridge.system.owasp.SecurityFixture.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.brandbridge.system.owasp.SecurityFixture.Role.INTEGRATOR;
import static io.brandbridge.system.owasp.SecurityFixture.Role.MARKETING;
import static io.brandbridge.system.owasp.SecurityFixture.Role.OPERATIONS;
import static io.brandbridge.system.owasp.SecurityFixture.Role.PARTNER;
import static io.brandbridge.system.owasp.SecurityFixture.Role.PRIVACY;
import static io.brandbridge.system.owasp.SecurityFixture.Role.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * API5, broken function-level authorisation: each role against each kind of operation, through the
 * gateway, on the role's own brand. A role the operation is not for gets a 403 problem; a role it is
 * for gets past authorisation (the bodies are deliberately invalid, so writes stop at validation and
 * change nothing). ADMIN may do everything.
 */
@OwaspSuite
class Api5FunctionLevelAuthorisationTest {

    private static final String NO_SUCH = "/nosuch0000000000000000";
    private static SecurityFixture fixture;

    @BeforeAll
    static void share(SecurityFixture shared) {
        fixture = shared;
    }

    private static List<Operation> operations() {
        BrandObjects a = fixture.a;
        Set<Role> readers = EnumSet.of(MARKETING, OPERATIONS, VIEWER);
        String brand = "/api/v1/brands/" + a.brandId();
        String touchpoint = "/api/v1/touchpoints/" + a.touchpointId();
        String webhooks = "/api/v1/alignment/brands/" + a.brandId() + "/webhooks";
        Set<Role> webhookManagers = EnumSet.of(MARKETING, OPERATIONS, PARTNER);
        return List.of(
                new Operation("GET", "/api/v1/brands", readers),
                new Operation("GET", brand, readers),
                new Operation("GET", brand + "/promises", readers),
                new Operation("GET", "/api/v1/promises/" + a.promiseId(), readers),
                new Operation("GET", "/api/v1/promises/" + a.promiseId() + "/versions", readers),
                new Operation("GET", "/api/v1/metrics", readers),
                new Operation("GET", "/api/v1/touchpoints", EnumSet.of(MARKETING, OPERATIONS, VIEWER, INTEGRATOR)),
                new Operation("GET", touchpoint, EnumSet.of(MARKETING, OPERATIONS, VIEWER, INTEGRATOR)),
                new Operation("GET", touchpoint + "/targets", readers),
                new Operation("GET", touchpoint + "/interactions", readers),
                new Operation("POST", "/api/v1/stats/attainment", readers),
                new Operation("POST", "/api/v1/stats/contingency", readers),
                new Operation("GET", "/api/v1/alignment/brands/" + a.brandId(), EnumSet.of(MARKETING, OPERATIONS, VIEWER, PARTNER)),
                new Operation("GET", "/api/v1/alignment/brands/" + a.brandId() + "/gaps", EnumSet.of(MARKETING, OPERATIONS, VIEWER, PARTNER)),
                new Operation("POST", "/api/v1/alignment/brands/" + a.brandId() + "/recompute", EnumSet.of(MARKETING, OPERATIONS)),
                new Operation("POST", "/api/v1/brands", EnumSet.of(MARKETING)),
                new Operation("PUT", brand, EnumSet.of(MARKETING)),
                new Operation("DELETE", "/api/v1/brands" + NO_SUCH, EnumSet.of(MARKETING)),
                new Operation("POST", brand + "/promises", EnumSet.of(MARKETING)),
                new Operation("PUT", "/api/v1/promises/" + a.promiseId(), EnumSet.of(MARKETING)),
                new Operation("POST", "/api/v1/promises" + NO_SUCH + "/activate", EnumSet.of(MARKETING)),
                new Operation("POST", "/api/v1/touchpoints?brandId=" + a.brandId(), EnumSet.of(OPERATIONS)),
                new Operation("PUT", touchpoint, EnumSet.of(OPERATIONS)),
                new Operation("DELETE", "/api/v1/touchpoints" + NO_SUCH, EnumSet.of(OPERATIONS)),
                new Operation("POST", touchpoint + "/targets", EnumSet.of(OPERATIONS)),
                new Operation("DELETE", touchpoint + "/targets" + NO_SUCH, EnumSet.of(OPERATIONS)),
                new Operation("POST", touchpoint + "/interactions", EnumSet.of(INTEGRATOR)),
                new Operation("GET", touchpoint + "/journeys/jrn-unknown", readers),
                new Operation("POST", touchpoint + "/journeys/lookup", readers),
                new Operation("POST", "/api/v1/stats/handoffs", readers),
                new Operation("GET", "/api/v1/alignment/brands/" + a.brandId() + "/handoffs", EnumSet.of(MARKETING, OPERATIONS, VIEWER, PARTNER)),
                new Operation("GET", webhooks, webhookManagers),
                new Operation("POST", webhooks, webhookManagers),
                new Operation("GET", webhooks + NO_SUCH, webhookManagers),
                new Operation("POST", webhooks + NO_SUCH + "/test", webhookManagers),
                new Operation("GET", brand + "/data-policy", EnumSet.of(MARKETING, OPERATIONS, VIEWER, PRIVACY)),
                new Operation("PUT", brand + "/data-policy", EnumSet.of(PRIVACY)),
                new Operation("POST", brand + "/erasure", EnumSet.of(PRIVACY)),
                new Operation("GET", brand + "/erasures", EnumSet.of(PRIVACY)),
                new Operation("POST", brand + "/pseudonym-key/rotate", EnumSet.of(PRIVACY)),
                new Operation("GET", "/api/v1/admin/clients", EnumSet.noneOf(Role.class)),
                new Operation("POST", "/api/v1/admin/clients", EnumSet.noneOf(Role.class)),
                new Operation("DELETE", "/api/v1/admin/clients" + NO_SUCH, EnumSet.noneOf(Role.class)));
    }

    @Test
    void eachRoleMayCallExactlyTheOperationsMeantForIt() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations()) {
            for (Role role : Role.values()) {
                Answer answer = operation.sendAs(fixture.asA(role));
                boolean allowed = operation.roles().contains(role);
                if (allowed ? answer.status() == 401 || answer.status() == 403 : answer.status() != 403) {
                    wrong.add(role + " " + answer.call() + " answered " + answer.status() + (allowed ? " but is allowed" : " but is forbidden"));
                } else if (!allowed) {
                    answer.assertProblem();
                }
                checked++;
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(operations().size() * Role.values().length, checked);
    }

    @Test
    void adminMayCallEveryOperation() {
        for (Operation operation : operations()) {
            Answer answer = operation.sendAs(fixture.admin);
            assertTrue(answer.status() != 401 && answer.status() != 403, answer.call() + " answered " + answer.status() + ": " + answer.text());
        }
    }

    /** A token that reaches a service directly is held to the same roles: the services check them, not only the gateway. */
    @Test
    void aServiceCalledDirectlyEnforcesTheRolesToo() {
        DirectTokens tokens = new DirectTokens(fixture.platform().internalSecret());
        String brand = fixture.a.brandId();
        Caller promiseAsPartner = direct("promise-service", tokens.gatewayToken("promise-service", "PARTNER", brand));
        promiseAsPartner.post("/api/v1/brands", java.util.Map.of("name", "Partner brand", "slug", "partner-brand", "timeZone", "UTC")).expect(403);
        promiseAsPartner.get("/api/v1/brands/" + brand).expect(403);
        Caller promiseAsViewer = direct("promise-service", tokens.gatewayToken("promise-service", "VIEWER", brand));
        promiseAsViewer.get("/api/v1/brands/" + brand).expect(200);
        promiseAsViewer.put("/api/v1/brands/" + brand, java.util.Map.of("name", "Renamed", "slug", "renamed", "timeZone", "UTC")).expect(403);
        direct("touchpoint-service", tokens.gatewayToken("touchpoint-service", "PARTNER", brand))
                .send("POST", "/api/v1/touchpoints/" + fixture.a.touchpointId() + "/interactions", "application/x-ndjson",
                        "{\"externalId\":\"partner-1\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"metrics\":{\"wait_seconds\":1}}\n").expect(403);
        Caller alignmentAsPartner = direct("alignment-service", tokens.gatewayToken("alignment-service", "PARTNER", brand));
        alignmentAsPartner.get("/api/v1/alignment/brands/" + brand).expect(200);
        alignmentAsPartner.post("/api/v1/alignment/brands/" + brand + "/recompute", java.util.Map.of()).expect(403);
    }

    private static Caller direct(String module, String token) {
        return new Caller(fixture.platform().service(module).url(), java.util.Map.of("X-Internal-Token", token));
    }

    /** One operation with a body that cannot change anything: writes fail validation or name no object. */
    private record Operation(String method, String path, Set<Role> roles) {

        Answer sendAs(Caller caller) {
            if (method.equals("GET") || method.equals("DELETE")) {
                return caller.send(method, path, null, null);
            }
            if (path.endsWith("/recompute")) {
                return caller.send(method, path, "application/json", "{}");
            }
            String contentType = path.endsWith("/interactions") ? "application/x-ndjson" : "application/json";
            return caller.send(method, path, contentType, path.endsWith("/interactions") ? "{\"externalId\":\"\"}\n" : "{}");
        }
    }
}
