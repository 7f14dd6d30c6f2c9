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
