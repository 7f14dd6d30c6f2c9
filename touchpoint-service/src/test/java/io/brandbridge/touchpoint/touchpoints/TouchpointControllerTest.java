package io.brandbridge.touchpoint.touchpoints;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class TouchpointControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    Caller ops;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        ops = Api.operations(brand);
    }

    private static Map<String, Object> request() {
        Map<String, Object> body = new HashMap<>(Map.of("type", "DELIVERY", "name", "North hub", "owner", "Logistics",
                "region", "UK-North", "vendor", "Parcelco", "timeZone", "Europe/London"));
        return body;
    }

    @Test
    void createAnswers201WithLocationAndTheTouchpoint() {
        HttpResponse<Map<String, Object>> response = api.exchange(ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, request()));
        assertEquals(201, response.code());
        assertEquals("application/json", response.getContentType().orElseThrow().toString());
        Map<String, Object> body = response.body();
        String id = (String) body.get("id");
        assertTrue(id.startsWith("tp_"), id);
        assertEquals("/api/v1/touchpoints/" + id, response.header("Location"));
        assertEquals(brand, body.get("brandId"));
        assertEquals("DELIVERY", body.get("type"));
        assertEquals("North hub", body.get("name"));
        assertEquals("Logistics", body.get("owner"));
        assertEquals("UK-North", body.get("region"));
        assertEquals("Parcelco", body.get("vendor"));
        assertEquals("Europe/London", body.get("timeZone"));
        assertNotNull(body.get("createdAt"));
        assertEquals(body, api.body(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)));
    }

    @Test
    void vendorIsNullAndTimeZoneDefaultsToUtcWhenAbsent() {
        Map<String, Object> body = api.body(ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand,
                Map.of("type", "CHAT", "name", "Web chat", "owner", "Digital", "region", "EU")));
        assertTrue(body.containsKey("vendor"));
        assertNull(body.get("vendor"));
        assertEquals("UTC", body.get("timeZone"));
    }

    @Test
    void idBrandAndCreatedAtInTheBodyChangeNothingAndUnknownPropertiesAreIgnored() {
        Map<String, Object> sent = request();
        sent.put("id", "tp_mine");
        sent.put("brandId", "brd_other");
        sent.put("createdAt", "2000-01-01T00:00:00Z");
        sent.put("status", "ACTIVE");
        sent.put("colour", "blue");
        Map<String, Object> body = api.body(ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, sent));
        assertFalse(body.get("id").equals("tp_mine"));
        assertEquals(brand, body.get("brandId"));
        assertFalse(body.get("createdAt").equals("2000-01-01T00:00:00Z"));
        assertFalse(body.containsKey("status"));
        Map<String, Object> updated = api.body(ops, HttpRequest.PUT("/api/v1/touchpoints/" + body.get("id"), sent));
        assertEquals(body.get("id"), updated.get("id"));
        assertEquals(brand, updated.get("brandId"));
        assertEquals(body.get("createdAt"), updated.get("createdAt"));
    }

    @Test
    void missingFieldsAnswer400NamingEachField() {
        Map<String, Object> problem = api.problem(400, ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, Map.of("type", "CHAT", "name", " ")));
        String errors = problem.get("errors").toString();
        assertTrue(errors.contains("/name"), errors);
        assertTrue(errors.contains("/owner"), errors);
        assertTrue(errors.contains("/region"), errors);
    }

    @Test
    void unknownTypeAnswers400() {
        Map<String, Object> sent = request();
        sent.put("type", "CARRIER_PIGEON");
        api.problem(400, ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, sent));
    }

    @Test
    void unknownTimeZoneAnswers422NamingTheField() {
        Map<String, Object> sent = request();
        sent.put("timeZone", "Mars/Olympus");
        Map<String, Object> problem = api.problem(422, ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, sent));
        assertEquals("/timeZone", ((List<Map<String, Object>>) problem.get("errors")).getFirst().get("pointer"));
    }

    @Test
    void creatingForABrandOutsideTheScopeAnswers404() {
        api.problem(404, Api.operations("brd_mine"), HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, request()));
    }

    @Test
    void anotherBrandsTouchpointAnswers404OnEveryOperation() {
        String id = api.createTouchpoint(brand);
        Caller stranger = Api.operations(Api.newBrand());
        Map<String, Object> problem = api.problem(404, stranger, HttpRequest.GET("/api/v1/touchpoints/" + id));
        assertEquals("Touchpoint '" + id + "' does not exist", problem.get("detail"));
        api.problem(404, stranger, HttpRequest.PUT("/api/v1/touchpoints/" + id, request()));
        api.problem(404, stranger, HttpRequest.DELETE("/api/v1/touchpoints/" + id));
        assertEquals(200, api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)).code());
    }

    @Test
    void unknownIdAnswers404Problem() {
        Map<String, Object> problem = api.problem(404, ops, HttpRequest.GET("/api/v1/touchpoints/tp_00000000000000000000"));
        assertEquals(404, problem.get("status"));
        assertNotNull(problem.get("requestId"));
    }

    @Test
    void updateReplacesTheDetails() {
        String id = api.createTouchpoint(brand);
        Map<String, Object> updated = api.body(ops, HttpRequest.PUT("/api/v1/touchpoints/" + id, request()));
        assertEquals("DELIVERY", updated.get("type"));
        assertEquals("North hub", updated.get("name"));
        assertEquals("Europe/London", updated.get("timeZone"));
        assertEquals(updated, api.body(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)));
    }

    @Test
    void deleteAnswers204AndTheTouchpointIsGone() {
        String id = api.createTouchpoint(brand);
        api.body(ops, HttpRequest.POST("/api/v1/touchpoints/" + id + "/targets",
                Map.of("metric", "handle_seconds", "op", "LE", "threshold", 180, "kind", "COST", "rationale", "AHT")));
        HttpResponse<Map<String, Object>> response = api.exchange(ops, HttpRequest.DELETE("/api/v1/touchpoints/" + id));
        assertEquals(204, response.code());
        api.problem(404, ops, HttpRequest.GET("/api/v1/touchpoints/" + id));
    }

    @Test
    void deleteOfATouchpointWithInteractionsAnswers409() {
        String id = api.createTouchpoint(brand);
        api.push(id, "application/json", "{\"externalId\":\"x1\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"metrics\":{\"csat\":5}}", Api.integrator(brand));
        Map<String, Object> problem = api.problem(409, ops, HttpRequest.DELETE("/api/v1/touchpoints/" + id));
        assertTrue(problem.get("detail").toString().contains("has interactions"));
        assertEquals(200, api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)).code());
    }

    @Test
    void listPagesInCreationOrderWithinTheScope() {
        Set<String> created = new HashSet<>();
        List<String> order = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = api.createTouchpoint(brand);
            created.add(id);
            order.add(id);
        }
        api.createTouchpoint(Api.newBrand());
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = api.body(ops, HttpRequest.GET("/api/v1/touchpoints?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            Api.items(page).forEach(t -> {
                assertEquals(brand, t.get("brandId"));
                seen.add((String) t.get("id"));
            });
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(order, seen);
        assertEquals(3, pages);
    }

    @Test
    void listFiltersByBrandAndType() {
        String other = Api.newBrand();
        String mine = api.createTouchpoint(brand);
        api.createTouchpoint(other);
        Map<String, Object> chat = api.body(ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand,
                Map.of("type", "CHAT", "name", "Web chat", "owner", "Digital", "region", "EU")));
        Caller both = TestCallers.of(Role.VIEWER, brand, other);
        List<Map<String, Object>> ofBrand = Api.items(api.body(both, HttpRequest.GET("/api/v1/touchpoints?brandId=" + brand)));
        assertEquals(List.of(mine, chat.get("id")), ofBrand.stream().map(t -> t.get("id")).toList());
        List<Map<String, Object>> chats = Api.items(api.body(both, HttpRequest.GET("/api/v1/touchpoints?brandId=" + brand + "&type=CHAT")));
        assertEquals(List.of(chat.get("id")), chats.stream().map(t -> t.get("id")).toList());
    }

    @Test
    void filteringByABrandOutsideTheScopeAnswers404() {
        String other = Api.newBrand();
        api.createTouchpoint(other);
        Map<String, Object> problem = api.problem(404, Api.operations(brand), HttpRequest.GET("/api/v1/touchpoints?brandId=" + other));
        assertEquals("Brand '" + other + "' does not exist", problem.get("detail"));
    }

    @Test
    void lastPageHasNoNextCursorAndBadParametersAnswer400() {
        api.createTouchpoint(brand);
        Map<String, Object> page = api.body(ops, HttpRequest.GET("/api/v1/touchpoints?brandId=" + brand));
        assertEquals(1, Api.items(page).size());
        assertNull(page.get("nextCursor"));
        api.problem(400, ops, HttpRequest.GET("/api/v1/touchpoints?limit=201"));
        api.problem(400, ops, HttpRequest.GET("/api/v1/touchpoints?limit=0"));
        api.problem(400, ops, HttpRequest.GET("/api/v1/touchpoints?cursor=@@@"));
        api.problem(400, ops, HttpRequest.GET("/api/v1/touchpoints?cursor=bm90LWEtbnVtYmVy"));
    }

    @Test
    void getAndUpdateAnswerAnETagThatChangesWithEveryChange() {
        HttpResponse<Map<String, Object>> created = api.exchange(ops, HttpRequest.POST("/api/v1/touchpoints?brandId=" + brand, request()));
        String id = (String) created.body().get("id");
        String createdTag = created.header("ETag");
        assertTrue(createdTag.matches("\"[A-Za-z0-9_-]{22}\""), createdTag);
        HttpResponse<Map<String, Object>> read = api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id));
        assertEquals(200, read.code());
        assertEquals(createdTag, read.header("ETag"));

        Map<String, Object> renamed = request();
        renamed.put("name", "North hub 2");
        HttpResponse<Map<String, Object>> updated = api.exchange(ops, HttpRequest.PUT("/api/v1/touchpoints/" + id, renamed)
                .header("If-Match", createdTag));
        assertEquals(200, updated.code());
        assertEquals("North hub 2", updated.body().get("name"));
        assertNotEquals(createdTag, updated.header("ETag"));
        assertEquals(updated.header("ETag"), api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)).header("ETag"));
        HttpResponse<Map<String, Object>> again = api.exchange(ops, HttpRequest.PUT("/api/v1/touchpoints/" + id, renamed));
        assertNotEquals(updated.header("ETag"), again.header("ETag"), "the same content stored again is a new state");
    }

    @Test
    void getWithTheCurrentETagInIfNoneMatchAnswers304WithoutABody() {
        String id = api.createTouchpoint(brand);
        String tag = api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)).header("ETag");
        HttpResponse<Map<String, Object>> notModified = api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id).header("If-None-Match", tag));
        assertEquals(304, notModified.code());
        assertEquals(tag, notModified.header("ETag"));
        assertTrue(notModified.getBody().isEmpty());
        HttpResponse<Map<String, Object>> changed = api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)
                .header("If-None-Match", "\"AAAAAAAAAAAAAAAAAAAAAA\""));
        assertEquals(200, changed.code());
        assertEquals(id, changed.body().get("id"));
    }

    @Test
    void aStaleIfMatchAnswers412AndChangesNothing() {
        String id = api.createTouchpoint(brand);
        String stale = api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)).header("ETag");
        String current = api.exchange(ops, HttpRequest.PUT("/api/v1/touchpoints/" + id, request())).header("ETag");
        Map<String, Object> renamed = request();
        renamed.put("name", "Never stored");
        Map<String, Object> problem = api.problem(412, ops, HttpRequest.PUT("/api/v1/touchpoints/" + id, renamed).header("If-Match", stale));
        assertEquals(412, problem.get("status"));
        api.problem(412, ops, HttpRequest.DELETE("/api/v1/touchpoints/" + id).header("If-Match", stale));
        HttpResponse<Map<String, Object>> read = api.exchange(ops, HttpRequest.GET("/api/v1/touchpoints/" + id));
        assertEquals("North hub", read.body().get("name"));
        assertEquals(current, read.header("ETag"));
        assertEquals(204, api.exchange(ops, HttpRequest.DELETE("/api/v1/touchpoints/" + id).header("If-Match", current)).code());
        api.problem(404, ops, HttpRequest.GET("/api/v1/touchpoints/" + id));
    }

    @Test
    void aMalformedIdAnswers400Problem() {
        Map<String, Object> problem = api.problem(400, ops, HttpRequest.GET("/api/v1/touchpoints/not-an-id"));
        assertEquals(400, problem.get("status"));
    }

    @Test
    void anOverlongIfMatchAnswers400AndChangesNothing() {
        String id = api.createTouchpoint(brand);
        api.problem(400, ops, HttpRequest.PUT("/api/v1/touchpoints/" + id, request()).header("If-Match", "\"" + "a".repeat(1100) + "\""));
        assertEquals("Leeds contact centre", api.body(ops, HttpRequest.GET("/api/v1/touchpoints/" + id)).get("name"));
    }
}
