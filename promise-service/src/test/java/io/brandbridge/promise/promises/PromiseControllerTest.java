package io.brandbridge.promise.promises;

import io.brandbridge.promise.Api;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
class PromiseControllerTest {

    @Inject
    Api api;

    @Test
    void createAnswers201WithLocationETagAndADraftWithDefaults() {
        String brandId = api.createBrand();

        HttpResponse<Map<String, Object>> created = api.createPromise(brandId, Api.promiseBody());

        assertEquals(201, created.code());
        assertEquals("application/json", created.getContentType().orElseThrow().toString());
        Map<String, Object> promise = created.body();
        String id = (String) promise.get("id");
        assertTrue(id.startsWith("prm_"), id);
        assertEquals("/api/v1/promises/" + id, created.header(HttpHeaders.LOCATION));
        assertNotNull(created.header(HttpHeaders.ETAG));
        assertEquals(brandId, promise.get("brandId"));
        assertEquals("Your call answered within a minute", promise.get("title"));
        assertEquals("When you call us, a person answers within 60 seconds.", promise.get("statement"));
        assertEquals(List.of("CALL_CENTRE"), promise.get("touchpointTypes"));
        assertEquals(4, promise.get("priority"));
        assertEquals("DRAFT", promise.get("status"));
        assertEquals(1, promise.get("version"));
        assertTrue(promise.containsKey("effectiveFrom") && promise.get("effectiveFrom") == null);
        assertTrue(promise.containsKey("effectiveTo") && promise.get("effectiveTo") == null);
        Instant.parse((String) promise.get("createdAt"));
        assertEquals(List.of(
                Map.of("key", "answered_in_60s", "metric", "wait_seconds", "op", "LE", "threshold", 60.0, "objective", 0.8,
                        "window", Map.of("type", "ROLLING_DAYS", "days", 28), "weight", 1.0, "minSample", 30),
                Map.of("key", "not_abandoned", "metric", "answered", "op", "EQ", "threshold", 1.0, "objective", 0.95,
                        "window", Map.of("type", "CALENDAR_WEEK"), "weight", 1.0, "minSample", 30)), promise.get("commitments"));
        assertEquals(List.of("brandId", "commitments", "createdAt", "effectiveFrom", "effectiveTo", "id", "priority", "statement",
                "status", "title", "touchpointTypes", "version"), promise.keySet().stream().sorted().toList());
    }

    @Test
    void optionalFieldsTakeTheirDefaultsAndExplicitOnesAreKept() {
        String brandId = api.createBrand();
        Map<String, Object> body = Api.promiseBody();
        body.remove("priority");
        body.remove("touchpointTypes");
        Api.set(body, "/commitments/0/weight", 2.5);
        Api.set(body, "/commitments/0/minSample", 100);
        Api.set(body, "/commitments/1/window", Map.of("type", "CALENDAR_MONTH", "days", 9));

        Map<String, Object> promise = api.createPromise(brandId, body).body();

        assertEquals(3, promise.get("priority"));
        assertEquals(List.of(), promise.get("touchpointTypes"));
        assertEquals(2.5, Api.<Object>at(promise, "/commitments/0/weight"));
        assertEquals(100, Api.<Object>at(promise, "/commitments/0/minSample"));
        assertEquals(Map.of("type", "CALENDAR_MONTH"), Api.at(promise, "/commitments/1/window"));
    }

    @Test
    void aDraftMayStartWithoutCommitments() {
        Map<String, Object> body = Api.promiseBody();
        body.remove("commitments");

        Map<String, Object> promise = api.createPromise(api.createBrand(), body).body();

        assertEquals(List.of(), promise.get("commitments"));
    }

    @Test
    void fieldsClientsMayNotSetAreIgnoredOnCreateAndUpdate() {
        String brandId = api.createBrand();
        String otherBrand = api.createBrand();
        Map<String, Object> body = Api.promiseBody();
        body.put("id", "prm_chosen_by_client");
        body.put("brandId", otherBrand);
        body.put("status", "ACTIVE");
        body.put("version", 7);
        body.put("createdAt", "2001-01-01T00:00:00Z");
        body.put("effectiveFrom", "2001-01-01T00:00:00Z");
        body.put("somethingNew", List.of(1, 2));

        HttpResponse<Map<String, Object>> created = api.createPromise(brandId, body);
        Map<String, Object> promise = created.body();
        String id = (String) promise.get("id");

        assertNotEquals("prm_chosen_by_client", id);
        assertEquals(brandId, promise.get("brandId"));
        assertEquals("DRAFT", promise.get("status"));
        assertEquals(1, promise.get("version"));
        assertNotEquals("2001-01-01T00:00:00Z", promise.get("createdAt"));
        assertNull(promise.get("effectiveFrom"));

        body.put("status", "RETIRED");
        body.put("version", 9);
        body.put("title", "Edited");
        Map<String, Object> updated = api.updatePromise(id, created.header(HttpHeaders.ETAG), body).body();

        assertEquals("Edited", updated.get("title"));
        assertEquals(brandId, updated.get("brandId"));
        assertEquals("DRAFT", updated.get("status"));
        assertEquals(1, updated.get("version"));
        assertEquals(promise.get("createdAt"), updated.get("createdAt"));
        assertEquals(List.of(), listOf(otherBrand, ""));
    }

    @Test
    void getAnswersTheCurrentVersionWithTheETagOfCreate() {
        HttpResponse<Map<String, Object>> created = api.createPromise(api.createBrand(), Api.promiseBody());

        HttpResponse<Map<String, Object>> got = api.getPromise((String) created.body().get("id"));

        assertEquals(200, got.code());
        assertEquals("application/json", got.getContentType().orElseThrow().toString());
        assertEquals(created.body(), got.body());
        assertEquals(created.header(HttpHeaders.ETAG), got.header(HttpHeaders.ETAG));
    }

    @Test
    void aGetNamingTheCurrentETagInIfNoneMatchAnswers304WithTheETagAndNoBody() {
        String id = api.createPromise(api.createBrand());
        String etag = api.etagOf(id);

        HttpResponse<Map<String, Object>> unchanged = api.call(HttpRequest.GET("/api/v1/promises/" + id).header(HttpHeaders.IF_NONE_MATCH, etag));

        assertEquals(304, unchanged.code());
        assertEquals(etag, unchanged.header(HttpHeaders.ETAG));
        assertTrue(unchanged.getBody().isEmpty());
        assertTrue(unchanged.getContentType().isEmpty());
    }

    @Test
    void aGetNamingAnOlderETagInIfNoneMatchAnswersTheCurrentVersion() {
        HttpResponse<Map<String, Object>> created = api.createPromise(api.createBrand(), Api.promiseBody());
        String id = (String) created.body().get("id");
        api.call(HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""));

        HttpResponse<Map<String, Object>> changed = api.call(HttpRequest.GET("/api/v1/promises/" + id)
                .header(HttpHeaders.IF_NONE_MATCH, created.header(HttpHeaders.ETAG)));

        assertEquals(200, changed.code());
        assertEquals("ACTIVE", changed.body().get("status"));
        assertNotEquals(created.header(HttpHeaders.ETAG), changed.header(HttpHeaders.ETAG));
    }

    @Test
    void malformedIdsAnswer400NamingTheParameter() {
        assertEquals(List.of("/promiseId"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/promises/prm_nope"))));
        assertEquals(List.of("/brandId"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands/BRD-1/promises"))));
        assertEquals(List.of("/brandId"), Api.pointers(api.problem(400,
                HttpRequest.GET("/api/v1/brands/brandbrandbrand_" + "0".repeat(20) + "/promises/in-force"))));
    }

    @Test
    void unknownPromisesAndBrandsAnswer404Problems() {
        api.problem(404, HttpRequest.GET("/api/v1/promises/" + Api.UNKNOWN_PROMISE));
        api.problem(404, HttpRequest.PUT("/api/v1/promises/" + Api.UNKNOWN_PROMISE, Api.promiseBody()).header(HttpHeaders.IF_MATCH, "\"x\""));
        api.problem(404, HttpRequest.POST("/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/activate", ""));
        api.problem(404, HttpRequest.POST("/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/retire", ""));
        api.problem(404, HttpRequest.GET("/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/versions"));
        api.problem(404, HttpRequest.GET("/api/v1/promises/" + Api.UNKNOWN_PROMISE + "/versions/1"));
        api.problem(404, HttpRequest.POST("/api/v1/brands/" + Api.UNKNOWN_BRAND + "/promises", Api.promiseBody()));
        api.problem(404, HttpRequest.GET("/api/v1/brands/" + Api.UNKNOWN_BRAND + "/promises"));
        api.problem(404, HttpRequest.GET("/api/v1/brands/" + Api.UNKNOWN_BRAND + "/promises/in-force"));
    }

    @Test
    void listPagesOldestFirstThenByIdAndFiltersByStatusAndTouchpointType() {
        String brandId = api.createBrand();
        String draft = api.createPromise(brandId);
        Map<String, Object> deliveryBody = Api.promiseBody();
        deliveryBody.put("touchpointTypes", List.of("DELIVERY", "PACKAGING"));
        String active = (String) api.createPromise(brandId, deliveryBody).body().get("id");
        api.call(HttpRequest.POST("/api/v1/promises/" + active + "/activate", ""));
        String retired = api.createActivePromise(brandId);
        api.call(HttpRequest.POST("/api/v1/promises/" + retired + "/retire", ""));

        List<String> order = listOrder(draft, active, retired);

        HttpResponse<Map<String, Object>> first = api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises?limit=2"));
        assertEquals(200, first.code());
        assertEquals("application/json", first.getContentType().orElseThrow().toString());
        assertEquals(order.subList(0, 2), ids(first.body()));
        Map<String, Object> second = api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises?limit=2&cursor="
                + first.body().get("nextCursor"))).body();
        assertEquals(order.subList(2, 3), ids(second));
        assertNull(second.get("nextCursor"));

        assertEquals(List.of(active), listOf(brandId, "?status=ACTIVE"));
        assertEquals(List.of(draft), listOf(brandId, "?status=DRAFT"));
        assertEquals(List.of(retired), listOf(brandId, "?status=RETIRED"));
        assertEquals(List.of(active), listOf(brandId, "?touchpointType=PACKAGING"));
        assertEquals(order.stream().filter(id -> !id.equals(active)).toList(), listOf(brandId, "?touchpointType=CALL_CENTRE"));
        assertEquals(List.of(retired), listOf(brandId, "?touchpointType=CALL_CENTRE&status=RETIRED"));
        assertEquals(List.of(), listOf(brandId, "?touchpointType=EMAIL"));
    }

    @Test
    void theListFiltersOnTheCurrentVersion() {
        String brandId = api.createBrand();
        String id = api.createActivePromise(brandId);
        Map<String, Object> body = Api.promiseBody();
        body.put("touchpointTypes", List.of("CHAT"));

        api.updatePromise(id, api.etagOf(id), body);

        assertEquals(List.of(), listOf(brandId, "?touchpointType=CALL_CENTRE"));
        assertEquals(List.of(id), listOf(brandId, "?touchpointType=CHAT"));
        assertEquals(2, items(api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises")).body()).getFirst().get("version"));
    }

    @Test
    void unknownFilterValuesAndBadPagingAnswer400NamingTheParameter() {
        String brandId = api.createBrand();

        assertEquals(List.of("/status"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands/" + brandId + "/promises?status=PAUSED"))));
        assertEquals(List.of("/touchpointType"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands/" + brandId + "/promises?touchpointType=FAX"))));
        assertEquals(List.of("/limit"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands/" + brandId + "/promises?limit=500"))));
        assertEquals(List.of("/cursor"), Api.pointers(api.problem(400, HttpRequest.GET("/api/v1/brands/" + brandId + "/promises?cursor=Zm9v"))));
    }

    @Test
    void aDraftIsEditedInPlaceAndItsETagChanges() {
        HttpResponse<Map<String, Object>> created = api.createPromise(api.createBrand(), Api.promiseBody());
        String id = (String) created.body().get("id");
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Answered in 45 seconds");
        Api.set(body, "/commitments/0/threshold", 45);
        ((List<?>) body.get("commitments")).remove(1);

        HttpResponse<Map<String, Object>> updated = api.updatePromise(id, created.header(HttpHeaders.ETAG), body);

        assertEquals(200, updated.code());
        assertEquals("application/json", updated.getContentType().orElseThrow().toString());
        assertNotEquals(created.header(HttpHeaders.ETAG), updated.header(HttpHeaders.ETAG));
        assertEquals("Answered in 45 seconds", updated.body().get("title"));
        assertEquals(1, updated.body().get("version"));
        assertEquals("DRAFT", updated.body().get("status"));
        assertEquals(45.0, Api.<Object>at(updated.body(), "/commitments/0/threshold"));
        assertEquals(1, ((List<?>) updated.body().get("commitments")).size());
        HttpResponse<Map<String, Object>> got = api.getPromise(id);
        assertEquals(updated.body(), got.body());
        assertEquals(updated.header(HttpHeaders.ETAG), got.header(HttpHeaders.ETAG));
        assertEquals(1, items(api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions")).body()).size());
    }

    @Test
    void updateWithoutIfMatchAnswers428AndWithAStaleOne412() {
        HttpResponse<Map<String, Object>> created = api.createPromise(api.createBrand(), Api.promiseBody());
        String id = (String) created.body().get("id");
        String etag = created.header(HttpHeaders.ETAG);
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "First edit");

        Map<String, Object> missing = api.problem(428, HttpRequest.PUT("/api/v1/promises/" + id, body));
        api.updatePromise(id, etag, body);
        body.put("title", "Second edit");
        Map<String, Object> stale = api.problem(412, HttpRequest.PUT("/api/v1/promises/" + id, body).header(HttpHeaders.IF_MATCH, etag));

        assertEquals("https://brandbridge.io/problems/precondition-required", missing.get("type"));
        assertEquals("https://brandbridge.io/problems/precondition-failed", stale.get("type"));
        assertEquals("First edit", api.getPromise(id).body().get("title"));
        api.problem(412, HttpRequest.PUT("/api/v1/promises/" + id, body).header(HttpHeaders.IF_MATCH, "W/" + api.etagOf(id)));
    }

    @Test
    void ifMatchAcceptsAListOfTagsOrAStar() {
        String id = api.createPromise(api.createBrand());
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Edited through a list");

        assertEquals(200, api.updatePromise(id, "\"other\", " + api.etagOf(id), body).code());
        body.put("title", "Edited through a star");
        assertEquals(200, api.updatePromise(id, "*", body).code());
        assertEquals("Edited through a star", api.getPromise(id).body().get("title"));
    }

    @Test
    void sendingTheCurrentContentAgainOrThePromiseAsReadChangesNothing() {
        String id = api.createActivePromise(api.createBrand());
        HttpResponse<Map<String, Object>> before = api.getPromise(id);

        HttpResponse<Map<String, Object>> same = api.updatePromise(id, before.header(HttpHeaders.ETAG), Api.promiseBody());
        HttpResponse<Map<String, Object>> sentBack = api.updatePromise(id, before.header(HttpHeaders.ETAG), before.body());

        for (HttpResponse<Map<String, Object>> answer : List.of(same, sentBack)) {
            assertEquals(200, answer.code());
            assertEquals(before.body(), answer.body());
            assertEquals(before.header(HttpHeaders.ETAG), answer.header(HttpHeaders.ETAG));
        }
        assertEquals(1, items(api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions")).body()).size());
    }

    @Test
    void activateStartsTheDraftsEffectivePeriod() {
        HttpResponse<Map<String, Object>> created = api.createPromise(api.createBrand(), Api.promiseBody());
        String id = (String) created.body().get("id");

        HttpResponse<Map<String, Object>> activated = api.call(HttpRequest.POST("/api/v1/promises/" + id + "/activate", "")
                .header(HttpHeaders.IF_MATCH, created.header(HttpHeaders.ETAG)));

        assertEquals(200, activated.code());
        assertEquals("application/json", activated.getContentType().orElseThrow().toString());
        assertNotEquals(created.header(HttpHeaders.ETAG), activated.header(HttpHeaders.ETAG));
        assertEquals("ACTIVE", activated.body().get("status"));
        assertEquals(1, activated.body().get("version"));
        assertNotNull(Instant.parse((String) activated.body().get("effectiveFrom")));
        assertNull(activated.body().get("effectiveTo"));
        assertEquals(created.body().get("commitments"), activated.body().get("commitments"));
        assertEquals(activated.header(HttpHeaders.ETAG), api.etagOf(id));
    }

    @Test
    void activateOrRetireWithAStaleIfMatchAnswers412() {
        HttpResponse<Map<String, Object>> created = api.createPromise(api.createBrand(), Api.promiseBody());
        String id = (String) created.body().get("id");
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Edited");
        api.updatePromise(id, created.header(HttpHeaders.ETAG), body);

        api.problem(412, HttpRequest.POST("/api/v1/promises/" + id + "/activate", "").header(HttpHeaders.IF_MATCH, created.header(HttpHeaders.ETAG)));
        api.problem(412, HttpRequest.POST("/api/v1/promises/" + id + "/retire", "").header(HttpHeaders.IF_MATCH, created.header(HttpHeaders.ETAG)));
        assertEquals("DRAFT", api.getPromise(id).body().get("status"));
    }

    @Test
    void onlyADraftCanBeActivated() {
        String id = api.createActivePromise(api.createBrand());

        api.problem(409, HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""));
        api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", ""));
        api.problem(409, HttpRequest.POST("/api/v1/promises/" + id + "/activate", ""));
    }

    @Test
    void retiringAnActivePromiseClosesItsVersion() {
        String id = api.createActivePromise(api.createBrand());
        Map<String, Object> active = api.getPromise(id).body();

        HttpResponse<Map<String, Object>> retired = api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", ""));

        assertEquals(200, retired.code());
        assertEquals("application/json", retired.getContentType().orElseThrow().toString());
        assertNotNull(retired.header(HttpHeaders.ETAG));
        assertEquals("RETIRED", retired.body().get("status"));
        assertEquals(active.get("effectiveFrom"), retired.body().get("effectiveFrom"));
        assertTrue(!Instant.parse((String) retired.body().get("effectiveTo")).isBefore(Instant.parse((String) active.get("effectiveFrom"))));
        assertEquals(retired.body(), api.getPromise(id).body());
    }

    @Test
    void aRetiredDraftNeverTookEffect() {
        String id = api.createPromise(api.createBrand());

        Map<String, Object> retired = api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", "")).body();

        assertEquals("RETIRED", retired.get("status"));
        assertNull(retired.get("effectiveFrom"));
        assertNull(retired.get("effectiveTo"));
    }

    @Test
    void aRetiredPromiseIsReadOnly() {
        String id = api.createActivePromise(api.createBrand());
        api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", ""));
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Too late");

        Map<String, Object> problem = api.problem(409, HttpRequest.PUT("/api/v1/promises/" + id, body).header(HttpHeaders.IF_MATCH, api.etagOf(id)));

        assertTrue(((String) problem.get("detail")).contains("retired"));
        api.problem(409, HttpRequest.POST("/api/v1/promises/" + id + "/retire", ""));
        assertEquals("Your call answered within a minute", api.getPromise(id).body().get("title"));
    }

    /** The documented list order: version 1's creation time (the promise's), then id. */
    private List<String> listOrder(String... promiseIds) {
        return Arrays.stream(promiseIds)
                .map(id -> api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions/1")).body())
                .sorted(Comparator.comparing((Map<String, Object> p) -> Instant.parse((String) p.get("createdAt"))).thenComparing(p -> (String) p.get("id")))
                .map(p -> (String) p.get("id"))
                .toList();
    }

    private List<String> listOf(String brandId, String query) {
        return ids(api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises" + query)).body());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    static List<String> ids(Map<String, Object> page) {
        return items(page).stream().map(p -> (String) p.get("id")).toList();
    }
}
