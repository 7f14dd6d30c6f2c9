package io.brandbridge.touchpoint.support;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Signed calls to the service under test, as the gateway would make them. */
public final class Api {

    public static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    private final BlockingHttpClient client;
    private final InternalTokens tokens;

    public Api(HttpClient client, InternalTokens tokens) {
        this.client = client.toBlocking();
        this.tokens = tokens;
    }

    public static String newBrand() {
        return "brd_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    public static Caller operations(String... brands) {
        return TestCallers.of(Role.OPERATIONS, brands);
    }

    public static Caller integrator(String... brands) {
        return TestCallers.of(Role.INTEGRATOR, brands);
    }

    public <T> HttpResponse<Map<String, Object>> exchange(Caller caller, MutableHttpRequest<T> request) {
        return client.exchange(TestCallers.as(tokens, caller, request), JSON);
    }

    public Map<String, Object> body(Caller caller, MutableHttpRequest<?> request) {
        return exchange(caller, request).body();
    }

    /** The problem a request answers with, after checking its status and media type. */
    public Map<String, Object> problem(int status, Caller caller, MutableHttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.exchange(TestCallers.as(tokens, caller, request), JSON));
        assertEquals(status, e.getStatus().getCode(), () -> e.getResponse().getBody(String.class).orElse(""));
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        return e.getResponse().getBody(JSON).orElseThrow();
    }

    /** Creates a touchpoint of {@code brand} and answers its id. */
    public String createTouchpoint(String brand) {
        Map<String, Object> created = body(operations(brand), HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, Map.of(
                "type", "CALL_CENTRE", "name", "Leeds contact centre", "owner", "Customer Operations", "region", "UK-North")));
        return (String) created.get("id");
    }

    public Map<String, Object> push(String touchpointId, String contentType, String body, Caller caller) {
        return body(caller, HttpRequest.POST("/api/v1/touchpoints/" + touchpointId + "/interactions", body).contentType(contentType));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }
}
