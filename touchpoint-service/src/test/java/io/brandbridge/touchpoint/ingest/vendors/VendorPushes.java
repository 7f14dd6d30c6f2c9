package io.brandbridge.touchpoint.ingest.vendors;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.micronaut.context.annotation.Prototype;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pushes vendor exports from the test resources into a fresh touchpoint (one per injection) and reads back what it stored. */
@Prototype
final class VendorPushes {

    private final Api api;
    private final String brand = Api.newBrand();
    private final Caller integrator = Api.integrator(brand);
    private String touchpoint;

    VendorPushes(@Client("/") HttpClient client, InternalTokens tokens) {
        this.api = new Api(client, tokens);
    }

    /** Created on first use: the server may not be listening yet when the test is injected. */
    private String touchpoint() {
        if (touchpoint == null) {
            touchpoint = api.createTouchpoint(brand);
        }
        return touchpoint;
    }

    String brand() {
        return brand;
    }

    static String resource(String name) {
        try (InputStream in = VendorPushes.class.getResourceAsStream("/vendors/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource vendors/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A push with {@code ?format=} when {@code format} is not null, answered 200 with a JSON report. */
    Map<String, Object> push(String format, String contentType, String body) {
        HttpResponse<Map<String, Object>> response = api.exchange(integrator, request(format, contentType, body));
        assertEquals(200, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        return response.body();
    }

    Map<String, Object> problem(int status, String format, String contentType, String body) {
        return api.problem(status, integrator, request(format, contentType, body));
    }

    /** The stored interactions by externalId. */
    Map<String, Map<String, Object>> stored() {
        Map<String, Object> page = api.body(Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + touchpoint() + "/interactions?limit=200"));
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Api.items(page).forEach(i -> byId.put((String) i.get("externalId"), i));
        return byId;
    }

    private MutableHttpRequest<String> request(String format, String contentType, String body) {
        String query = format == null ? "" : "?format=" + format;
        return HttpRequest.POST("/api/v1/touchpoints/" + touchpoint() + "/interactions" + query, body).contentType(contentType);
    }

    static Map<String, Object> counts(Map<String, Object> report) {
        return Map.of("received", report.get("received"), "accepted", report.get("accepted"), "updated", report.get("updated"),
                "duplicates", report.get("duplicates"), "rejected", report.get("rejected"));
    }

    static Map<String, Object> counts(int received, int accepted, int rejected) {
        return Map.of("received", received, "accepted", accepted, "updated", 0, "duplicates", 0, "rejected", rejected);
    }

    /** Each error of a report as "index field: message". */
    @SuppressWarnings("unchecked")
    static List<String> errors(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("errors")).stream()
                .map(e -> e.get("index") + " " + e.get("field") + ": " + e.get("message")).toList();
    }
}
