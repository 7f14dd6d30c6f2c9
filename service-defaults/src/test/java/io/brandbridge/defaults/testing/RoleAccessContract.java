package io.brandbridge.defaults.testing;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.security.RoleRequirements;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Services enforce roles themselves, not only the gateway: every {@code /api} operation declares the
 * roles it allows, and a token with any other role is refused with a 403 problem however it arrives.
 * Each service lists, per controller, at least one read and one write with the roles DESIGN section 4
 * (the gateway's AccessMatrix) gives them.
 */
public abstract class RoleAccessContract {

    /** The roles a client can hold; SERVICE is probed only where a service calls this one. */
    private static final List<Role> CLIENT_ROLES = List.of(Role.ADMIN, Role.MARKETING, Role.OPERATIONS, Role.INTEGRATOR, Role.PARTNER, Role.VIEWER, Role.PRIVACY);

    @Inject
    @Client("/")
    protected HttpClient client;

    @Inject
    protected InternalTokens tokens;

    @Inject
    protected Router router;

    /** One operation and the roles besides ADMIN that may call it. */
    protected record Probe(HttpMethod method, String path, Set<Role> allowed) {

        public static Probe of(HttpMethod method, String path, Role... allowed) {
            return new Probe(method, path, allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(allowed)));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    protected abstract List<Probe> probes();

    /** The service whose SERVICE tokens this one accepts, or null when no service calls it. */
    protected abstract String serviceCaller();

    @Test
    void everyApiOperationDeclaresItsRoles() {
        List<String> undeclared = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(route -> RoleRequirements.declared(route.getAnnotationMetadata()).isEmpty())
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
                .toList();
        assertTrue(router.uriRoutes().map(UriRouteInfo::getUriMatchTemplate).anyMatch(t -> t.toString().startsWith("/api/")), "the service has API routes");
        assertEquals(List.of(), undeclared, "operations without @AllowedRoles");
    }

    @TestFactory
    Stream<DynamicTest> eachRoleMayCallExactlyTheOperationsItIsAllowed() {
        return probes().stream().flatMap(probe -> roles().map(role -> DynamicTest.dynamicTest(role + " " + probe, () -> {
            int status = send(probe, role);
            if (role == Role.ADMIN || probe.allowed().contains(role)) {
                assertNotEquals(403, status, role + " may " + probe);
                assertNotEquals(401, status, role + " may " + probe);
            } else {
                assertEquals(403, status, role + " may not " + probe);
            }
        })));
    }

    private Stream<Role> roles() {
        return serviceCaller() == null ? CLIENT_ROLES.stream() : Stream.concat(CLIENT_ROLES.stream(), Stream.of(Role.SERVICE));
    }

    private int send(Probe probe, Role role) {
        MutableHttpRequest<?> request = HttpRequest.create(probe.method(), probe.path());
        if (probe.method() == HttpMethod.POST || probe.method() == HttpMethod.PUT) {
            request.body("{}").contentType("application/json");
        }
        Caller caller = role == Role.SERVICE ? Caller.service(serviceCaller()) : TestCallers.of(role);
        request.header(InternalTokens.HEADER, TestCallers.token(tokens, caller));
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            if (e.code() == 403) {
                assertEquals("application/problem+json", e.getResponse().getContentType().map(Object::toString).orElse(""));
            }
            return e.code();
        }
    }
}
