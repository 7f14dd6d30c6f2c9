package io.brandbridge.promise;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Calls the API as the gateway would (signed for a caller) and builds valid request bodies to vary. */
@Singleton
public class Api {

    public static final String PROBLEM_JSON = "application/problem+json";
    /** A MARKETING caller whose scope covers every brand. */
    public static final Caller ANY_BRAND = TestCallers.of(Role.MARKETING);
    /** Well-formed ids that name nothing: the service issues random ones. */
    public static final String UNKNOWN_BRAND = "brd_00000000000000000000";
    public static final String UNKNOWN_PROMISE = "prm_00000000000000000000";
    public static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final BlockingHttpClient http;
    private final InternalTokens tokens;
    private final JsonMapper json;

    Api(@Client("/") HttpClient client, InternalTokens tokens, JsonMapper json) {
        this.http = client.toBlocking();
        this.tokens = tokens;
        this.json = json;
    }

    public HttpResponse<Map<String, Object>> call(MutableHttpRequest<?> request) {
        return call(ANY_BRAND, request);
    }

    public HttpResponse<Map<String, Object>> call(Caller caller, MutableHttpRequest<?> request) {
        return http.exchange(TestCallers.as(tokens, caller, request), JSON_OBJECT);
    }

    /** Expects a problem+json answer with {@code status} and returns its body. */
    public Map<String, Object> problem(int status, MutableHttpRequest<?> request) {
        return problem(ANY_BRAND, status, request);
    }

    public Map<String, Object> problem(Caller caller, int status, MutableHttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(TestCallers.as(tokens, caller, request), String.class));
        String body = e.getResponse().getBody(String.class).orElse("");
        assertEquals(status, e.getStatus().getCode(), body);
        assertEquals(PROBLEM_JSON, e.getResponse().getContentType().orElseThrow().toString());
        Map<String, Object> problem = read(body);
        assertEquals(status, ((Number) problem.get("status")).intValue());
        assertTrue(problem.containsKey("requestId"), body);
        return problem;
    }

    /** The JSON pointers a validation problem names, in the order given. */
    @SuppressWarnings("unchecked")
    public static List<String> pointers(Map<String, Object> problem) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.getOrDefault("errors", List.of());
        return errors.stream().map(e -> (String) e.get("pointer")).toList();
    }

    public Map<String, Object> read(String text) {
        try {
            return json.readValue(text, JSON_OBJECT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MutableHttpRequest<String> rawJson(MutableHttpRequest<?> request, String body) {
        return request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    // ---- brands ----

    public static Map<String, Object> brandBody(String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Brand " + slug);
        body.put("slug", slug);
        body.put("timeZone", "Europe/London");
        return body;
    }

    public static String uniqueSlug() {
        return "b-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public String createBrand() {
        return (String) call(HttpRequest.POST("/api/v1/brands", brandBody(uniqueSlug()))).body().get("id");
    }

    // ---- promises ----

    /** A valid draft: one numeric and one boolean commitment, covering the call centre. */
    public static Map<String, Object> promiseBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Your call answered within a minute");
        body.put("statement", "When you call us, a person answers within 60 seconds.");
        body.put("touchpointTypes", new ArrayList<>(List.of("CALL_CENTRE")));
        body.put("priority", 4);
        List<Object> commitments = new ArrayList<>();
        commitments.add(commitment("answered_in_60s", "wait_seconds", "LE", 60, 0.8, rollingDays(28)));
        commitments.add(commitment("not_abandoned", "answered", "EQ", 1, 0.95, calendar("CALENDAR_WEEK")));
        body.put("commitments", commitments);
        return body;
    }

    public static Map<String, Object> commitment(String key, String metric, String op, double threshold, double objective,
                                                 Map<String, Object> window) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("key", key);
        c.put("metric", metric);
        c.put("op", op);
        c.put("threshold", threshold);
        c.put("objective", objective);
        c.put("window", window);
        return c;
    }

    public static Map<String, Object> rollingDays(int days) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("type", "ROLLING_DAYS");
        window.put("days", days);
        return window;
    }

    public static Map<String, Object> calendar(String type) {
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("type", type);
        return window;
    }

    public HttpResponse<Map<String, Object>> createPromise(String brandId, Map<String, Object> body) {
        return call(HttpRequest.POST("/api/v1/brands/" + brandId + "/promises", body));
    }

    /** Creates a valid draft and answers its id. */
    public String createPromise(String brandId) {
        return (String) createPromise(brandId, promiseBody()).body().get("id");
    }

    public String createActivePromise(String brandId) {
        String id = createPromise(brandId);
        call(HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""));
        return id;
    }

    public HttpResponse<Map<String, Object>> getPromise(String promiseId) {
        return call(HttpRequest.GET("/api/v1/promises/" + promiseId));
    }

    public String etagOf(String promiseId) {
        return getPromise(promiseId).header(HttpHeaders.ETAG);
    }

    public HttpResponse<Map<String, Object>> updatePromise(String promiseId, String etag, Map<String, Object> body) {
        return call(HttpRequest.PUT("/api/v1/promises/" + promiseId, body).header(HttpHeaders.IF_MATCH, etag));
    }

    // ---- JSON pointer edits of request bodies ----

    /** Sets the value at an RFC 6901 pointer into nested maps and lists (the parent must exist). */
    @SuppressWarnings("unchecked")
    public static void set(Map<String, Object> root, String pointer, Object value) {
        String[] parts = pointer.substring(1).split("/");
        Object parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent instanceof List<?> list ? list.get(Integer.parseInt(parts[i])) : ((Map<String, Object>) parent).get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent instanceof List<?> list) {
            ((List<Object>) list).set(Integer.parseInt(last), value);
        } else if (value == null) {
            ((Map<String, Object>) parent).remove(last);
        } else {
            ((Map<String, Object>) parent).put(last, value);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T at(Map<String, Object> root, String pointer) {
        Object node = root;
        for (String part : pointer.substring(1).split("/")) {
            node = node instanceof List<?> list ? list.get(Integer.parseInt(part)) : ((Map<String, Object>) node).get(part);
        }
        return (T) node;
    }
}
