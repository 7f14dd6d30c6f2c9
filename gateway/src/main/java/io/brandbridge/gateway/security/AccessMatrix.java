package io.brandbridge.gateway.security;

import io.brandbridge.defaults.security.Role;
import io.micronaut.http.HttpMethod;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.PARTNER;
import static io.brandbridge.defaults.security.Role.PRIVACY;
import static io.brandbridge.defaults.security.Role.VIEWER;
import static io.micronaut.http.HttpMethod.DELETE;
import static io.micronaut.http.HttpMethod.GET;
import static io.micronaut.http.HttpMethod.POST;
import static io.micronaut.http.HttpMethod.PUT;

/**
 * Every public operation, and the roles that may call it (DESIGN section 4): the gateway's inventory
 * as well as its role table. A path that is no operation's answers 404 to everyone, admin or not; a
 * known path with another method 405; a role an operation does not list 403. ADMIN may call every
 * operation, so it is in no row, and an operation with no roles (the admin API) is for ADMIN only.
 * Brand scope is checked by the services. In paths, {@code {name}} is one non-empty segment.
 */
public final class AccessMatrix {

    /** What the table says of one request. */
    public enum Access { ALLOWED, FORBIDDEN, NO_SUCH_PATH, METHOD_NOT_ALLOWED }

    /** Every role a client may hold: asking who a key belongs to is open to any valid key. */
    private static final Role[] EVERY_ROLE = {MARKETING, OPERATIONS, INTEGRATOR, PARTNER, VIEWER, PRIVACY};
    private static final Role[] READERS = {MARKETING, OPERATIONS, VIEWER};
    private static final Role[] ALIGNMENT_READERS = {MARKETING, OPERATIONS, VIEWER, PARTNER};
    private static final Role[] TOUCHPOINT_READERS = {MARKETING, OPERATIONS, VIEWER, INTEGRATOR};
    private static final Role[] DATA_POLICY_READERS = {MARKETING, OPERATIONS, VIEWER, PRIVACY};
    /** Who manages a brand's webhooks, reads included: a partner for the brands it was granted, never a viewer or an integrator. */
    private static final Role[] WEBHOOK_MANAGERS = {MARKETING, OPERATIONS, PARTNER};
    private static final String WEBHOOKS = "/api/v1/alignment/brands/{brandId}/webhooks";

    private static final List<Operation> OPERATIONS_TABLE = List.of(
            //  method  path                                                 roles besides ADMIN
            op(GET,    "/api/v1/session",                                    EVERY_ROLE),
            op(GET,    "/api/v1/brands",                                     READERS),
            op(POST,   "/api/v1/brands",                                     MARKETING),
            op(GET,    "/api/v1/brands/{brandId}",                           READERS),
            op(PUT,    "/api/v1/brands/{brandId}",                           MARKETING),
            op(DELETE, "/api/v1/brands/{brandId}",                           MARKETING),
            op(GET,    "/api/v1/brands/{brandId}/promises",                  READERS),
            op(POST,   "/api/v1/brands/{brandId}/promises",                  MARKETING),
            op(GET,    "/api/v1/brands/{brandId}/promises/in-force",         READERS),
            op(GET,    "/api/v1/promises/{promiseId}",                       READERS),
            op(PUT,    "/api/v1/promises/{promiseId}",                       MARKETING),
            op(POST,   "/api/v1/promises/{promiseId}/activate",              MARKETING),
            op(POST,   "/api/v1/promises/{promiseId}/retire",                MARKETING),
            op(GET,    "/api/v1/promises/{promiseId}/versions",              READERS),
            op(GET,    "/api/v1/promises/{promiseId}/versions/{version}",    READERS),
            op(GET,    "/api/v1/metrics",                                    READERS),
            op(POST,   "/api/v1/brands/{brandId}/metrics",                   MARKETING),
            op(GET,    "/api/v1/brands/{brandId}/metrics/{metricKey}",       READERS),
            op(DELETE, "/api/v1/brands/{brandId}/metrics/{metricKey}",       MARKETING),
            op(POST,   "/api/v1/brands/{brandId}/erasure",                   PRIVACY),
            op(GET,    "/api/v1/brands/{brandId}/erasures",                  PRIVACY),
            op(GET,    "/api/v1/brands/{brandId}/data-policy",               DATA_POLICY_READERS),
            op(PUT,    "/api/v1/brands/{brandId}/data-policy",               PRIVACY),
            op(GET,    "/api/v1/brands/{brandId}/pseudonym-key",             PRIVACY),
            op(POST,   "/api/v1/brands/{brandId}/pseudonym-key/rotate",      PRIVACY),
            op(GET,    "/api/v1/touchpoints",                                TOUCHPOINT_READERS),
            op(POST,   "/api/v1/touchpoints",                                OPERATIONS),
            op(GET,    "/api/v1/touchpoints/{touchpointId}",                 TOUCHPOINT_READERS),
            op(PUT,    "/api/v1/touchpoints/{touchpointId}",                 OPERATIONS),
            op(DELETE, "/api/v1/touchpoints/{touchpointId}",                 OPERATIONS),
            op(GET,    "/api/v1/touchpoints/{touchpointId}/targets",         READERS),
            op(POST,   "/api/v1/touchpoints/{touchpointId}/targets",         OPERATIONS),
            op(GET,    "/api/v1/touchpoints/{touchpointId}/targets/{targetId}", READERS),
            op(PUT,    "/api/v1/touchpoints/{touchpointId}/targets/{targetId}", OPERATIONS),
            op(DELETE, "/api/v1/touchpoints/{touchpointId}/targets/{targetId}", OPERATIONS),
            op(GET,    "/api/v1/touchpoints/{touchpointId}/ingest-health",   TOUCHPOINT_READERS),
            op(POST,   "/api/v1/touchpoints/{touchpointId}/interactions",    INTEGRATOR),
            op(GET,    "/api/v1/touchpoints/{touchpointId}/mappings",        TOUCHPOINT_READERS),
            op(POST,   "/api/v1/touchpoints/{touchpointId}/mappings",        OPERATIONS, INTEGRATOR),
            op(GET,    "/api/v1/touchpoints/{touchpointId}/mappings/{name}", TOUCHPOINT_READERS),
            op(PUT,    "/api/v1/touchpoints/{touchpointId}/mappings/{name}", OPERATIONS, INTEGRATOR),
            op(DELETE, "/api/v1/touchpoints/{touchpointId}/mappings/{name}", OPERATIONS, INTEGRATOR),
            op(POST,   "/api/v1/touchpoints/{touchpointId}/mappings/{name}/preview", OPERATIONS, INTEGRATOR),
            op(GET,    "/api/v1/touchpoints/{touchpointId}/interactions",    READERS),
            op(GET,    "/api/v1/touchpoints/{touchpointId}/journeys/{journeyId}", READERS),
            op(POST,   "/api/v1/touchpoints/{touchpointId}/journeys/lookup", READERS),
            op(POST,   "/api/v1/stats/attainment",                           READERS),
            op(POST,   "/api/v1/stats/contingency",                          READERS),
            op(POST,   "/api/v1/stats/changes",                              READERS),
            op(POST,   "/api/v1/stats/attainment/batch",                     READERS),
            op(POST,   "/api/v1/stats/contingency/batch",                    READERS),
            op(POST,   "/api/v1/stats/predicates",                           READERS),
            op(GET,    "/api/v1/stats/predicates/{predicateId}",             READERS),
            op(POST,   "/api/v1/stats/handoffs",                             READERS),
            op(GET,    "/api/v1/alignment/brands/{brandId}",                 ALIGNMENT_READERS),
            op(GET,    "/api/v1/alignment/brands/{brandId}/promises/{promiseId}", ALIGNMENT_READERS),
            op(GET,    "/api/v1/alignment/brands/{brandId}/gaps",            ALIGNMENT_READERS),
            op(GET,    "/api/v1/alignment/brands/{brandId}/conflicts",       ALIGNMENT_READERS),
            op(GET,    "/api/v1/alignment/brands/{brandId}/history",         ALIGNMENT_READERS),
            op(POST,   "/api/v1/alignment/brands/{brandId}/recompute",       MARKETING, OPERATIONS),
            op(GET,    "/api/v1/alignment/brands/{brandId}/trend",           ALIGNMENT_READERS),
            op(GET,    "/api/v1/alignment/brands/{brandId}/handoffs",        ALIGNMENT_READERS),
            op(POST,   "/api/v1/alignment/brands/{brandId}/backfill",        MARKETING, OPERATIONS),
            op(GET,    "/api/v1/alignment/jobs/{jobId}",                     MARKETING, OPERATIONS),
            op(DELETE, "/api/v1/alignment/jobs/{jobId}",                     MARKETING, OPERATIONS),
            op(POST,   WEBHOOKS,                                             WEBHOOK_MANAGERS),
            op(GET,    WEBHOOKS,                                             WEBHOOK_MANAGERS),
            op(GET,    WEBHOOKS + "/{webhookId}",                            WEBHOOK_MANAGERS),
            op(PUT,    WEBHOOKS + "/{webhookId}",                            WEBHOOK_MANAGERS),
            op(DELETE, WEBHOOKS + "/{webhookId}",                            WEBHOOK_MANAGERS),
            op(POST,   WEBHOOKS + "/{webhookId}/rotate-secret",              WEBHOOK_MANAGERS),
            op(POST,   WEBHOOKS + "/{webhookId}/test",                       WEBHOOK_MANAGERS),
            op(GET,    WEBHOOKS + "/{webhookId}/deliveries",                 WEBHOOK_MANAGERS),
            op(POST,   WEBHOOKS + "/{webhookId}/deliveries/{deliveryId}/redeliver", WEBHOOK_MANAGERS),
            op(GET,    "/api/v1/admin/clients"),
            op(POST,   "/api/v1/admin/clients"),
            op(GET,    "/api/v1/admin/clients/{clientId}"),
            op(PUT,    "/api/v1/admin/clients/{clientId}/access"),
            op(DELETE, "/api/v1/admin/clients/{clientId}"),
            op(GET,    "/api/v1/admin/audit"));

    /**
     * Operations the services serve only to each other (role SERVICE, promise-service deleting a brand). They are in no
     * client's table, so the gateway never forwards them: a client gets what any operation the gateway does not serve
     * gets, 404 for an unknown path, 405 when the path has other operations.
     */
    private static final List<Operation> INTERNAL_OPERATIONS = List.of(
            op(DELETE, "/api/v1/brands/{brandId}/data"),
            op(DELETE, "/api/v1/alignment/brands/{brandId}"));

    private AccessMatrix() {
    }

    public static Access decide(Set<Role> roles, HttpMethod method, String path) {
        String[] segments = segments(path);
        boolean pathKnown = false;
        HttpMethod asked = method == HttpMethod.HEAD ? GET : method;
        for (Operation operation : OPERATIONS_TABLE) {
            if (!operation.matches(segments)) {
                continue;
            }
            pathKnown = true;
            if (operation.method() == asked) {
                return roles.contains(Role.ADMIN) || roles.stream().anyMatch(operation.roles()::contains) ? Access.ALLOWED : Access.FORBIDDEN;
            }
        }
        return pathKnown ? Access.METHOD_NOT_ALLOWED : Access.NO_SUCH_PATH;
    }

    /** The methods of the operations on this path, for an {@code Allow} header. */
    public static String allowedMethods(String path) {
        String[] segments = segments(path);
        return OPERATIONS_TABLE.stream().filter(o -> o.matches(segments)).map(o -> o.method().name()).distinct()
                .collect(Collectors.joining(", "));
    }

    /** Every operation, for documentation and tests. */
    public static List<Operation> operations() {
        return OPERATIONS_TABLE;
    }

    /** The operation at this method and path template, whatever its parameters are named. */
    public static Optional<Operation> find(HttpMethod method, String template) {
        String wanted = Operation.shape(template);
        return OPERATIONS_TABLE.stream().filter(o -> o.method() == method && Operation.shape(o.template()).equals(wanted)).findFirst();
    }

    /** The service-to-service operations at this method and path template, which the public API leaves out. */
    public static boolean isInternal(HttpMethod method, String template) {
        String wanted = Operation.shape(template);
        return INTERNAL_OPERATIONS.stream().anyMatch(o -> o.method() == method && Operation.shape(o.template()).equals(wanted));
    }

    private static Operation op(HttpMethod method, String template, Role... roles) {
        return new Operation(method, template, segments(template), roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles)));
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.split("/", -1);
    }

    /** One operation: method, path template and the roles besides ADMIN that may call it. */
    public record Operation(HttpMethod method, String template, String[] pattern, Set<Role> roles) {

        /** Every role that may call it, ADMIN first, in the order of {@link Role}. */
        public List<Role> callers() {
            EnumSet<Role> callers = EnumSet.of(Role.ADMIN);
            callers.addAll(roles);
            return List.copyOf(callers);
        }

        /** The template with its parameters unnamed: {@code /a/{x}/b} and {@code /a/{y}/b} have one shape. */
        static String shape(String template) {
            return template.replaceAll("\\{[^}]+}", "{}");
        }

        boolean matches(String[] path) {
            if (path.length != pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                boolean variable = pattern[i].startsWith("{");
                if (path[i].isEmpty() || !(variable || pattern[i].equals(path[i]))) {
                    return false;
                }
            }
            return true;
        }
    }
}
