package io.brandbridge.promise.metrics;

import io.brandbridge.promise.Api;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class MetricControllerTest {

    private static final List<String> STANDARD_KEYS = List.of("answered", "csat", "damaged", "delivery_hours", "effort",
            "handed_off", "handle_seconds", "journey_contacts", "journey_handoffs", "journey_hours", "journey_touchpoints", "nps",
            "repeat_contact_7d", "resolved_first_contact", "transfers", "wait_seconds");
    private static final List<String> DERIVED_KEYS = List.of("handed_off", "journey_contacts", "journey_handoffs", "journey_hours",
            "journey_touchpoints", "repeat_contact_7d");

    @Inject
    Api api;

    @Test
    void withoutABrandTheStandardCatalogueIsListedWithUnitsAndKinds() {
        HttpResponse<Map<String, Object>> response = api.call(HttpRequest.GET("/api/v1/metrics"));

        assertEquals(200, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        List<Map<String, Object>> items = items(response.body());
        assertEquals(STANDARD_KEYS, items.stream().map(m -> m.get("key")).toList());
        assertEquals(Map.of("key", "wait_seconds", "unit", "s", "kind", "NUMBER",
                "description", "Time queued before a person answered (ASA, service level)", "standard", true, "derived", false,
                "brandId", "<null>"), withNulls(find(items, "wait_seconds")));
        assertEquals("BOOLEAN", find(items, "resolved_first_contact").get("kind"));
        assertEquals("SCORE", find(items, "csat").get("kind"));
        assertEquals("1..5", find(items, "csat").get("unit"));
        assertNull(response.body().get("nextCursor"));
    }

    @Test
    void createAnswers201WithLocationAndTheMetric() {
        String brandId = api.createBrand();

        HttpResponse<Map<String, Object>> created = api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics",
                Map.of("key", "callback_kept", "unit", "bool", "kind", "BOOLEAN", "description", "Call-back in its slot",
                        "standard", true, "derived", true, "brandId", "brd_other")));

        assertEquals(201, created.code());
        assertEquals("application/json", created.getContentType().orElseThrow().toString());
        assertEquals("/api/v1/brands/" + brandId + "/metrics/callback_kept", created.header(HttpHeaders.LOCATION));
        Map<String, Object> expected = Map.of("key", "callback_kept", "unit", "bool", "kind", "BOOLEAN",
                "description", "Call-back in its slot", "standard", false, "derived", false, "brandId", brandId);
        assertEquals(expected, created.body());
        HttpResponse<Map<String, Object>> got = api.call(HttpRequest.GET(created.header(HttpHeaders.LOCATION)));
        assertEquals(200, got.code());
        assertEquals("application/json", got.getContentType().orElseThrow().toString());
        assertEquals(expected, got.body());
    }

    @Test
    void aBrandsCatalogueListsItsCustomMetricsAfterTheStandardOnesAndPages() {
        String brandId = api.createBrand();
        String otherBrand = api.createBrand();
        for (String key : List.of("zeta_score", "alpha_rate")) {
            api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", key, "unit", "%", "kind", "NUMBER")));
        }
        api.call(HttpRequest.POST("/api/v1/brands/" + otherBrand + "/metrics", Map.of("key", "not_mine", "unit", "%", "kind", "NUMBER")));

        List<Object> keys = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = api.call(HttpRequest.GET("/api/v1/metrics?brandId=" + brandId + "&limit=5"
                    + (cursor == null ? "" : "&cursor=" + cursor))).body();
            items(page).forEach(m -> keys.add(m.get("key")));
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);

        List<Object> expected = new ArrayList<>(STANDARD_KEYS);
        expected.addAll(List.of("alpha_rate", "zeta_score"));
        assertEquals(expected, keys);
        assertEquals(4, pages);
    }

    @Test
    void theMetricsDerivedFromJourneysAreStandardAndFlaggedWithTheirDefinition() {
        String brandId = api.createBrand();

        HttpResponse<Map<String, Object>> response = api.call(HttpRequest.GET("/api/v1/metrics?brandId=" + brandId));

        assertEquals(200, response.code());
        List<Map<String, Object>> items = items(response.body());
        assertEquals(DERIVED_KEYS, items.stream().filter(m -> Boolean.TRUE.equals(m.get("derived"))).map(m -> m.get("key")).toList());
        assertEquals(Map.of("key", "journey_hours", "unit", "h", "kind", "NUMBER",
                "description", "Hours from the journey's first contact to its last, on its first contact", "standard", true,
                "derived", true, "brandId", "<null>"), withNulls(find(items, "journey_hours")));
        assertEquals(Map.of("unit", "bool", "kind", "BOOLEAN"), Map.of("unit", find(items, "handed_off").get("unit"),
                "kind", find(items, "handed_off").get("kind")));
        assertEquals("BOOLEAN", find(items, "repeat_contact_7d").get("kind"));
        for (String key : List.of("journey_contacts", "journey_handoffs", "journey_touchpoints")) {
            assertEquals(List.of("count", "NUMBER"), List.of(find(items, key).get("unit"), find(items, key).get("kind")), key);
        }
        items.forEach(m -> assertEquals(DERIVED_KEYS.contains(m.get("key")), m.get("derived"), m.get("key") + " derived"));
        DERIVED_KEYS.forEach(key -> assertTrue(((String) find(items, key).get("description")).contains(key.startsWith("journey_")
                ? "on its first contact" : "another"), key + " is defined in a sentence"));
    }

    @Test
    void aCustomMetricCannotTakeADerivedKey() {
        String brandId = api.createBrand();

        for (String key : DERIVED_KEYS) {
            Map<String, Object> problem = api.problem(409, HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics",
                    Map.of("key", key, "unit", "count", "kind", "NUMBER")));
            assertEquals("'" + key + "' is a standard metric the platform derives from journeys; choose another key", problem.get("detail"));
        }
        assertEquals(STANDARD_KEYS, items(api.call(HttpRequest.GET("/api/v1/metrics?brandId=" + brandId)).body())
                .stream().map(m -> m.get("key")).toList());
    }

    @Test
    void aStandardMetricIsAlsoReadableThroughABrand() {
        String brandId = api.createBrand();

        assertEquals("s", api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/metrics/handle_seconds")).body().get("unit"));
        api.problem(404, HttpRequest.GET("/api/v1/brands/" + brandId + "/metrics/no_such_metric"));
    }

    @Test
    void aKeyClashingWithAStandardOrExistingMetricAnswers409() {
        String brandId = api.createBrand();
        api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", "callback_kept", "unit", "bool", "kind", "BOOLEAN")));

        api.problem(409, HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", "wait_seconds", "unit", "s", "kind", "NUMBER")));
        api.problem(409, HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", "callback_kept", "unit", "s", "kind", "NUMBER")));
    }

    @Test
    void theSameCustomKeyMayExistInTwoBrands() {
        for (String brandId : List.of(api.createBrand(), api.createBrand())) {
            assertEquals(201, api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics",
                    Map.of("key", "shared_name", "unit", "s", "kind", "NUMBER"))).code());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/key         | Bad-Key",
            "/key         | 9lives",
            "/key         | <65 characters>",
            "/unit        | ''",
            "/kind        | PERCENT",
            "/description | <501 characters>",
    })
    void anInvalidFieldAnswers400NamingIt(String pointer, String value) {
        String brandId = api.createBrand();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("key", "fine_key", "unit", "s", "kind", "NUMBER", "description", "ok"));
        body.put(pointer.substring(1), switch (value) {
            case "<65 characters>" -> "k".repeat(65);
            case "<501 characters>" -> "d".repeat(501);
            default -> value;
        });

        Map<String, Object> problem = api.problem(400, HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", body));

        assertEquals(List.of(pointer), Api.pointers(problem).stream().distinct().toList());
    }

    @Test
    void deleteAnswers204AndTheMetricLeavesTheCatalogue() {
        String brandId = api.createBrand();
        api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", "short_lived", "unit", "s", "kind", "NUMBER")));

        assertEquals(204, api.call(HttpRequest.DELETE("/api/v1/brands/" + brandId + "/metrics/short_lived")).code());

        api.problem(404, HttpRequest.GET("/api/v1/brands/" + brandId + "/metrics/short_lived"));
        api.problem(404, HttpRequest.DELETE("/api/v1/brands/" + brandId + "/metrics/short_lived"));
        assertEquals(STANDARD_KEYS, items(api.call(HttpRequest.GET("/api/v1/metrics?brandId=" + brandId)).body())
                .stream().map(m -> m.get("key")).toList());
    }

    @Test
    void aStandardMetricCannotBeDeleted() {
        String brandId = api.createBrand();

        api.problem(409, HttpRequest.DELETE("/api/v1/brands/" + brandId + "/metrics/wait_seconds"));
    }

    @Test
    void aMetricMeasuredByAnyVersionOfAPromiseCannotBeDeleted() {
        String brandId = api.createBrand();
        api.call(HttpRequest.POST("/api/v1/brands/" + brandId + "/metrics", Map.of("key", "callback_kept", "unit", "bool", "kind", "BOOLEAN")));
        Map<String, Object> body = Api.promiseBody();
        Api.set(body, "/commitments/1/metric", "callback_kept");
        String promiseId = (String) api.createPromise(brandId, body).body().get("id");
        api.call(HttpRequest.POST("/api/v1/promises/" + promiseId + "/activate", ""));
        Api.set(body, "/commitments/1/metric", "answered");
        api.updatePromise(promiseId, api.etagOf(promiseId), body);

        Map<String, Object> problem = api.problem(409, HttpRequest.DELETE("/api/v1/brands/" + brandId + "/metrics/callback_kept"));

        assertEquals("https://brandbridge.io/problems/conflict", problem.get("type"));
        assertEquals(200, api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/metrics/callback_kept")).code());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static Map<String, Object> find(List<Map<String, Object>> items, String key) {
        return items.stream().filter(m -> key.equals(m.get("key"))).findFirst().orElseThrow();
    }

    /** Map.of cannot hold null, so a null value is compared as the text "&lt;null&gt;" after checking it is present. */
    private static Map<String, Object> withNulls(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, v == null ? "<null>" : v));
        return copy;
    }
}
