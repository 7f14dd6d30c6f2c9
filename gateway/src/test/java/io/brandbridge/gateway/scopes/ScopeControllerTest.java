package io.brandbridge.gateway.scopes;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.security.ScopeReferences;
import io.brandbridge.gateway.support.GatewayTestBase;
import io.brandbridge.gateway.support.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The internal scope endpoint answers services only, and only for a scope a client still holds. */
@MicronautTest
class ScopeControllerTest extends GatewayTestBase {

    private static final List<String> BRANDS = IntStream.rangeClosed(1, 40).mapToObj(i -> "brd_scope_" + i).sorted().toList();

    @Test
    void aServiceResolvesTheReferenceOfAClientsScope() {
        String reference = ScopeReferences.of(createScopedClient("scoped-40"), BRANDS);
        Reply reply = send(asService("promise-service", HttpRequest.GET("/internal/v1/scopes/" + reference)));
        assertEquals(200, reply.status(), reply.body());
        assertEquals(reference, reply.json().get("reference"));
        assertEquals(BRANDS, reply.json().get("brands"));
    }

    @Test
    void aPublicCallerGetsWhatAnUnknownPathGets() {
        String reference = ScopeReferences.of(createScopedClient("scoped-public"), BRANDS);
        Reply unknown = send(HttpRequest.GET("/internal/v1/nothing-here"));
        assertEquals(404, unknown.status());
        for (Reply reply : List.of(
                send(HttpRequest.GET("/internal/v1/scopes/" + reference)),
                send(HttpRequest.GET("/internal/v1/scopes/" + reference), ADMIN_KEY))) {
            assertEquals(404, reply.status(), reply.body());
            assertEquals("application/problem+json", reply.contentType());
            assertEquals(unknown.json().get("detail"), reply.json().get("detail"));
            assertEquals(null, reply.json().get("brands"));
        }
        // Under /api it is no operation of the inventory, so the gate answers before any route.
        Reply underApi = send(HttpRequest.GET("/api/v1/internal/v1/scopes/" + reference), ADMIN_KEY);
        assertEquals(404, underApi.status(), underApi.body());
        assertEquals(null, underApi.json().get("brands"));
    }

    @Test
    void onlyAServiceTokenAddressedToTheGatewayIsAccepted() {
        String reference = ScopeReferences.of(createScopedClient("scoped-tokens"), BRANDS);
        String path = "/internal/v1/scopes/" + reference;
        Caller admin = new Caller("cli_admin", Set.of(Role.ADMIN), Set.of(), true);
        List<String> refused = List.of(
                tokens.issuedAs("promise-service").mint(Caller.service("promise-service"), "touchpoint-service"),
                tokens.mint(admin, "gateway"),
                tokens.issuedAs("some-service").mint(Caller.service("some-service"), "gateway"),
                "not-a-token");
        for (String token : refused) {
            Reply reply = send(HttpRequest.GET(path).header(InternalTokens.HEADER, token));
            assertEquals(404, reply.status(), token);
            assertEquals(null, reply.json().get("brands"));
        }
    }

    @Test
    void aReferenceToAnotherScopeOrARevokedClientAnswers404() {
        Map<String, Object> created = createClientWith("scoped-changing", BRANDS);
        String id = (String) created.get("id");
        String other = ScopeReferences.of(id, BRANDS.subList(0, 39));
        Reply stale = send(asService("alignment-service", HttpRequest.GET("/internal/v1/scopes/" + other)));
        assertEquals(404, stale.status());
        assertEquals("application/problem+json", stale.contentType());
        assertEquals("No client holds the brand scope '" + other + "'", stale.json().get("detail"));

        String reference = ScopeReferences.of(id, BRANDS);
        assertEquals(204, send(HttpRequest.DELETE("/api/v1/admin/clients/" + id), ADMIN_KEY).status());
        assertEquals(404, send(asService("alignment-service", HttpRequest.GET("/internal/v1/scopes/" + reference))).status());
        assertEquals(404, send(asService("alignment-service", HttpRequest.GET("/internal/v1/scopes/not-a-reference"))).status());
    }

    private MutableHttpRequest<?> asService(String service, MutableHttpRequest<?> request) {
        return request.header(InternalTokens.HEADER, tokens.issuedAs(service).mint(Caller.service(service), "gateway"));
    }

    private String createScopedClient(String name) {
        return (String) createClientWith(name, BRANDS).get("id");
    }

    private Map<String, Object> createClientWith(String name, List<String> brands) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("roles", List.of(Role.VIEWER));
        body.put("brands", brands.stream().collect(Collectors.toList()));
        Reply reply = send(HttpRequest.POST("/api/v1/admin/clients", body), ADMIN_KEY);
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }
}
