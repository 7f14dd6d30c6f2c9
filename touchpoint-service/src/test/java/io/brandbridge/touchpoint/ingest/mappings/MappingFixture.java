package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;

import java.util.List;
import java.util.Map;

/** A touchpoint of a fresh brand, its integrator, and calls to its mapping profiles. */
final class MappingFixture {

    final Api api;
    final String brand = Api.newBrand();
    final Caller integrator = Api.integrator(brand);
    final String touchpoint;

    MappingFixture(Api api) {
        this.api = api;
        this.touchpoint = api.createTouchpoint(brand);
    }

    String path() {
        return "/api/v1/touchpoints/" + touchpoint + "/mappings";
    }

    HttpResponse<Map<String, Object>> create(Map<String, Object> profile) {
        return api.exchange(integrator, HttpRequest.POST(path(), profile));
    }

    Map<String, Object> preview(String name, String contentType, String body) {
        return api.body(integrator, HttpRequest.POST(path() + "/" + name + "/preview", body).contentType(contentType));
    }

    Map<String, Object> push(String name, String contentType, String body) {
        return api.body(integrator, HttpRequest.POST("/api/v1/touchpoints/" + touchpoint + "/interactions?mapping=" + name, body)
                .contentType(contentType));
    }

    List<Map<String, Object>> stored() {
        return Api.items(api.body(Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints/" + touchpoint + "/interactions?limit=200")));
    }

    /** The vendor-shaped CSV profile of the README: `;`, a date and a time column in Berlin time, Y/N and H:MM:SS. */
    static Map<String, Object> acdProfile(String name) {
        return Map.of("name", name, "format", "csv", "delimiter", ";", "externalId", "Call ID",
                "occurredAt", Map.of("date", "Date", "time", "Time", "pattern", "dd.MM.yyyy HH:mm:ss", "timeZone", "Europe/Berlin"),
                "customerRef", "Caller",
                "metrics", List.of(
                        Map.of("source", "Answered (Y/N)", "metric", "answered", "transform", "boolean"),
                        Map.of("source", "Talk time", "metric", "handle_seconds", "transform", "duration"),
                        Map.of("source", "Wait ms", "metric", "wait_seconds", "transform", "milliseconds"),
                        Map.of("source", "Outcome", "metric", "resolved_first_contact", "transform", "lookup",
                                "lookup", List.of(Map.of("value", "Resolved", "number", 1), Map.of("value", "Open", "number", 0))),
                        Map.of("source", "Transfers", "metric", "transfers", "transform", "number")),
                "attributes", List.of(Map.of("source", "Queue", "attribute", "queue")));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }
}
