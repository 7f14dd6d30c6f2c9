package io.brandbridge.defaults.security;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest
@Property(name = "spec.name", value = "InternalTokenFilterTest")
class InternalTokenFilterTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    @Test
    void requestWithoutTokenAnswers401Problem() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/whoami"), String.class));
        assertEquals(401, e.getStatus().getCode());
        assertEquals(Problem.MEDIA_TYPE, e.getResponse().getContentType().orElseThrow().toString());
    }

    @Test
    void unknownApiRouteWithoutTokenAlsoAnswers401() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/anything/else"), String.class));
        assertEquals(401, e.getStatus().getCode());
    }

    @Test
    void forgedTokenAnswers401() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/whoami").header(InternalTokens.HEADER, "eyJ.eyJ.sig"), String.class));
        assertEquals(401, e.getStatus().getCode());
    }

    @Test
    void validTokenReachesTheControllerWithItsCaller() {
        HttpResponse<String> response = client.toBlocking().exchange(
                TestCallers.as(tokens, TestCallers.of(Role.PARTNER, "brand-a"), HttpRequest.GET("/api/v1/whoami")), String.class);
        assertEquals(200, response.code());
        assertEquals("test-partner [PARTNER] [brand-a]", response.body());
    }

    @Test
    void internalCallClientsCarryAServiceToken(WhoAmIClient whoAmIClient) {
        assertEquals("defaults-test [SERVICE] []", whoAmIClient.whoami());
    }

    @Test
    void pathsOutsideApiNeedNoToken() {
        assertEquals(200, client.toBlocking().exchange(HttpRequest.GET("/health"), String.class).code());
    }

    @Requires(property = "spec.name", value = "InternalTokenFilterTest")
    @Client("/")
    @InternalCall
    interface WhoAmIClient {
        @Get("/api/v1/whoami")
        String whoami();
    }

    @Requires(property = "spec.name", value = "InternalTokenFilterTest")
    @Controller("/api/v1/whoami")
    static class WhoAmIController {
        @Get
        String whoami(Caller caller) {
            return caller.client() + " " + caller.roles() + " " + caller.brands();
        }
    }
}
