package io.brandbridge.touchpoint.targets;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.InternalTokens;
import io.brandbridge.touchpoint.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class TargetControllerTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    InternalTokens tokens;

    Api api;
    String brand;
    Caller ops;
    String touchpoint;
    String path;

    @BeforeEach
    void setUp() {
        api = new Api(client, tokens);
        brand = Api.newBrand();
        ops = Api.operations(brand);
        touchpoint = api.createTouchpoint(brand);
        path = "/api/v1/touchpoints/" + touchpoint + "/targets";
    }

    private static Map<String, Object> target(double threshold) {
        return new HashMap<>(Map.of("metric", "handle_seconds", "op", "LE", "threshold", threshold, "kind", "COST",
                "rationale", "Contracted average handle time"));
    }

    @Test
    void createAnswers201WithLocationAndTheTarget() {
        HttpResponse<Map<String, Object>> response = api.exchange(ops, HttpRequest.POST(path, target(180)));
        assertEquals(201, response.code());
        Map<String, Object> body = response.body();
        String id = (String) body.get("id");
        assertEquals(path + "/" + id, response.header("Location"));
        assertEquals(Map.of("id", id, "touchpointId", touchpoint, "metric", "handle_seconds", "op", "LE", "threshold", 180.0,
                "kind", "COST", "rationale", "Contracted average handle time"), body);
        assertEquals(body, api.body(ops, HttpRequest.GET(path + "/" + id)));
    }

    @Test
    void idAndTouchpointInTheBodyChangeNothing() {
        Map<String, Object> sent = target(180);
        sent.put("id", "tgt_mine");
        sent.put("touchpointId", "tp_other");
        sent.put("status", "ACTIVE");
        Map<String, Object> body = api.body(ops, HttpRequest.POST(path, sent));
        assertNotEquals("tgt_mine", body.get("id"));
        assertEquals(touchpoint, body.get("touchpointId"));
    }

    @Test
    void invalidFieldsAnswer400NamingThem() {
        Map<String, Object> problem = api.problem(400, ops, HttpRequest.POST(path,
                Map.of("metric", "Handle Time", "op", "LE", "threshold", 1, "kind", "COST", "rationale", "x")));
        assertTrue(problem.get("errors").toString().contains("/metric"), problem.toString());
        problem = api.problem(400, ops, HttpRequest.POST(path, Map.of("metric", "handle_seconds", "op", "LE", "kind", "COST", "rationale", "x")));
        assertTrue(problem.get("errors").toString().contains("/threshold"), problem.toString());
        api.problem(400, ops, HttpRequest.POST(path, Map.of("metric", "handle_seconds", "op", "ABOUT", "threshold", 1, "kind", "COST", "rationale", "x")));
    }

    @Test
    void updateReplacesAndDeleteRemoves() {
        String id = (String) api.body(ops, HttpRequest.POST(path, target(180))).get("id");
        Map<String, Object> changed = target(240);
        changed.put("kind", "SERVICE");
        Map<String, Object> updated = api.body(ops, HttpRequest.PUT(path + "/" + id, changed));
        assertEquals(240.0, updated.get("threshold"));
        assertEquals("SERVICE", updated.get("kind"));
        assertEquals(updated, api.body(ops, HttpRequest.GET(path + "/" + id)));
        assertEquals(204, api.exchange(ops, HttpRequest.DELETE(path + "/" + id)).code());
        api.problem(404, ops, HttpRequest.GET(path + "/" + id));
        api.problem(404, ops, HttpRequest.DELETE(path + "/" + id));
    }

    @Test
    void listPagesThroughEveryTarget() {
        List<Object> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(api.body(ops, HttpRequest.POST(path, target(100 + i))).get("id"));
        }
        List<Object> seen = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = api.body(ops, HttpRequest.GET(path + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor)));
            Api.items(page).forEach(t -> seen.add(t.get("id")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        assertEquals(created.stream().sorted().toList(), seen.stream().sorted().toList());
        assertEquals(5, seen.size());
    }

    @Test
    void emptyListHasItemsAndNoCursor() {
        Map<String, Object> page = api.body(ops, HttpRequest.GET(path));
        assertEquals(List.of(), page.get("items"));
        assertNull(page.get("nextCursor"));
    }

    @Test
    void targetsOfAnotherBrandsTouchpointAnswer404() {
        String id = (String) api.body(ops, HttpRequest.POST(path, target(180))).get("id");
        Caller stranger = Api.operations(Api.newBrand());
        api.problem(404, stranger, HttpRequest.GET(path));
        api.problem(404, stranger, HttpRequest.POST(path, target(1)));
        api.problem(404, stranger, HttpRequest.GET(path + "/" + id));
        api.problem(404, stranger, HttpRequest.PUT(path + "/" + id, target(1)));
        api.problem(404, stranger, HttpRequest.DELETE(path + "/" + id));
        assertEquals(180.0, api.body(ops, HttpRequest.GET(path + "/" + id)).get("threshold"));
    }

    @Test
    void aTargetIsOnlyReachableThroughItsOwnTouchpoint() {
        String id = (String) api.body(ops, HttpRequest.POST(path, target(180))).get("id");
        String other = api.createTouchpoint(brand);
        api.problem(404, ops, HttpRequest.GET("/api/v1/touchpoints/" + other + "/targets/" + id));
    }

    @Test
    void getAndUpdateAnswerAnETagThatChangesWithEveryChange() {
        HttpResponse<Map<String, Object>> created = api.exchange(ops, HttpRequest.POST(path, target(180)));
        String id = (String) created.body().get("id");
        String createdTag = created.header("ETag");
        assertTrue(createdTag.matches("\"[A-Za-z0-9_-]{22}\""), createdTag);
        assertEquals(createdTag, api.exchange(ops, HttpRequest.GET(path + "/" + id)).header("ETag"));
        HttpResponse<Map<String, Object>> updated = api.exchange(ops, HttpRequest.PUT(path + "/" + id, target(200)).header("If-Match", createdTag));
        assertEquals(200, updated.code());
        assertEquals(200.0, ((Number) updated.body().get("threshold")).doubleValue());
        assertNotEquals(createdTag, updated.header("ETag"));
        assertEquals(updated.header("ETag"), api.exchange(ops, HttpRequest.GET(path + "/" + id)).header("ETag"));
    }

    @Test
    void getWithTheCurrentETagInIfNoneMatchAnswers304WithoutABody() {
        String id = (String) api.body(ops, HttpRequest.POST(path, target(180))).get("id");
        String tag = api.exchange(ops, HttpRequest.GET(path + "/" + id)).header("ETag");
        HttpResponse<Map<String, Object>> notModified = api.exchange(ops, HttpRequest.GET(path + "/" + id).header("If-None-Match", tag));
        assertEquals(304, notModified.code());
        assertEquals(tag, notModified.header("ETag"));
        assertTrue(notModified.getBody().isEmpty());
    }

    @Test
    void aStaleIfMatchAnswers412AndChangesNothing() {
        String id = (String) api.body(ops, HttpRequest.POST(path, target(180))).get("id");
        String stale = api.exchange(ops, HttpRequest.GET(path + "/" + id)).header("ETag");
        String current = api.exchange(ops, HttpRequest.PUT(path + "/" + id, target(170))).header("ETag");
        Map<String, Object> problem = api.problem(412, ops, HttpRequest.PUT(path + "/" + id, target(1)).header("If-Match", stale));
        assertEquals(412, problem.get("status"));
        api.problem(412, ops, HttpRequest.DELETE(path + "/" + id).header("If-Match", stale));
        HttpResponse<Map<String, Object>> read = api.exchange(ops, HttpRequest.GET(path + "/" + id));
        assertEquals(170.0, ((Number) read.body().get("threshold")).doubleValue());
        assertEquals(current, read.header("ETag"));
        assertEquals(204, api.exchange(ops, HttpRequest.DELETE(path + "/" + id).header("If-Match", current)).code());
        api.problem(404, ops, HttpRequest.GET(path + "/" + id));
    }
}
