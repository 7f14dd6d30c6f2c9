package io.brandbridge.defaults.security;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.ports.FreePorts;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InternalTokenFilterTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        String port = String.valueOf(FreePorts.next());
        return Map.of("spec.name", "InternalTokenFilterTest", "micronaut.server.port", port,
                "micronaut.http.services.defaults-test.url", "http://localhost:" + port);
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Inject
    JsonMapper json;

    @Test
    void requestWithoutTokenAnswers401Problem() throws IOException {
        HttpClientResponseException e = refused(HttpRequest.GET("/api/v1/whoami"));
        assertEquals(401, e.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        assertEquals("Call this service through the gateway: a valid internal token is required", detail(e));
    }

    @Test
    void unknownApiRouteWithoutTokenAlsoAnswers401() {
        assertEquals(401, refused(HttpRequest.GET("/api/v1/anything/else")).getStatus().getCode());
    }

    @Test
    void forgedTokenAnswers401() {
        assertEquals(401, refused(HttpRequest.GET("/api/v1/whoami").header(InternalTokens.HEADER, "eyJ.eyJ.sig")).getStatus().getCode());
    }

    @Test
    void aTokenForAnotherServiceAnswers401() {
        String forPromise = tokens.issuedAs(TestCallers.GATEWAY).mint(TestCallers.of(Role.VIEWER, "brand-a"), "promise-service");
        assertEquals(401, refused(HttpRequest.GET("/api/v1/whoami").header(InternalTokens.HEADER, forPromise)).getStatus().getCode());
    }

    @Test
    void validTokenReachesTheControllerWithItsCaller() {
        HttpResponse<String> response = client.toBlocking().exchange(
                TestCallers.as(tokens, TestCallers.of(Role.PARTNER, "brand-a"), HttpRequest.GET("/api/v1/whoami")), String.class);
        assertEquals(200, response.code());
        assertEquals("test-partner [PARTNER] [brand-a]", response.body());
    }

    @Test
    void internalCallClientsCarryAServiceTokenAddressedToTheServiceTheyCall(WhoAmIClient whoAmIClient) {
        assertEquals("defaults-test [SERVICE] []", whoAmIClient.whoami());
    }

    @Test
    void aRoleTheOperationDoesNotListAnswers403Problem() throws IOException {
        HttpClientResponseException e = refused(TestCallers.as(tokens, TestCallers.of(Role.VIEWER), HttpRequest.POST("/api/v1/whoami", "")));
        assertEquals(403, e.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
        assertEquals("The caller's roles do not allow POST /api/v1/whoami", detail(e));
    }

    @Test
    void aMethodsRolesReplaceItsClassRolesAndAdminMayAlwaysCall() {
        assertEquals(200, exchange(Role.MARKETING, HttpRequest.POST("/api/v1/whoami", "")));
        assertEquals(200, exchange(Role.ADMIN, HttpRequest.POST("/api/v1/whoami", "")));
        assertEquals(403, refused(TestCallers.as(tokens, TestCallers.of(Role.PARTNER), HttpRequest.POST("/api/v1/whoami", ""))).getStatus().getCode(),
                "PARTNER may read but the write lists only MARKETING");
    }

    @Test
    void anOperationThatDeclaresNoRolesIsForAdminOnly() {
        assertEquals(403, refused(TestCallers.as(tokens, TestCallers.of(Role.MARKETING), HttpRequest.GET("/api/v1/undeclared"))).getStatus().getCode());
        assertEquals(200, exchange(Role.ADMIN, HttpRequest.GET("/api/v1/undeclared")));
    }

    @Test
    void aServiceTokenFromAnUntrustedServiceAnswers401() {
        String token = tokens.issuedAs("touchpoint-service").mint(Caller.service("touchpoint-service"), tokens.serviceName());
        assertEquals(401, refused(HttpRequest.GET("/api/v1/whoami").header(InternalTokens.HEADER, token)).getStatus().getCode());
    }

    @Test
    void pathsOutsideApiNeedNoToken() {
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/health"), String.class).code());
    }

    private int exchange(Role role, MutableHttpRequest<?> request) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(role), request), String.class).code();
    }

    private HttpClientResponseException refused(MutableHttpRequest<?> request) {
        return assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(request, String.class));
    }

    @SuppressWarnings("unchecked")
    private String detail(HttpClientResponseException e) throws IOException {
        return (String) json.readValue(e.getResponse().getBody(String.class).orElseThrow(), Map.class).get("detail");
    }

    @Requires(property = "spec.name", value = "InternalTokenFilterTest")
    @Client(id = "defaults-test")
    @InternalCall
    interface WhoAmIClient {
        @Get("/api/v1/whoami")
        String whoami();
    }

    @Requires(property = "spec.name", value = "InternalTokenFilterTest")
    @Controller("/api/v1")
    @AllowedRoles({Role.MARKETING, Role.PARTNER, Role.SERVICE})
    static class WhoAmIController {
        @Get("/whoami")
        String whoami(Caller caller) {
            return caller.client() + " " + caller.roles() + " " + caller.brands();
        }

        @Post("/whoami")
        @AllowedRoles(Role.MARKETING)
        String write(Caller caller) {
            return "written";
        }
    }

    @Requires(property = "spec.name", value = "InternalTokenFilterTest")
    @Controller("/api/v1/undeclared")
    static class UndeclaredController {
        @Get
        String read() {
            return "read";
        }
    }
}
