package io.brandbridge.promise.promises;

import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.promise.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest
@Property(name = "test.mutable-clock", value = "true")
class PromiseVersionsTest {

    @Inject
    Api api;

    @Inject
    MutableClock clock;

    @Test
    void editingAnActivePromiseYieldsVersion2AndVersion1StaysReadableAndUnchanged() {
        clock.set(Instant.parse("2026-02-01T10:00:00Z"));
        String id = api.createActivePromise(api.createBrand());
        Map<String, Object> version1 = api.getPromise(id).body();
        clock.set(Instant.parse("2026-03-01T12:30:00Z"));
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Your call answered within 45 seconds");
        Api.set(body, "/commitments/0/threshold", 45);

        HttpResponse<Map<String, Object>> updated = api.updatePromise(id, api.etagOf(id), body);

        assertEquals(200, updated.code());
        Map<String, Object> version2 = updated.body();
        assertEquals(id, version2.get("id"));
        assertEquals(2, version2.get("version"));
        assertEquals("ACTIVE", version2.get("status"));
        assertEquals("2026-03-01T12:30:00Z", version2.get("effectiveFrom"));
        assertNull(version2.get("effectiveTo"));
        assertEquals("2026-03-01T12:30:00Z", version2.get("createdAt"));
        assertEquals(45.0, Api.<Object>at(version2, "/commitments/0/threshold"));
        assertEquals(version2, api.getPromise(id).body());

        HttpResponse<Map<String, Object>> readBack = api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions/1"));
        assertEquals(200, readBack.code());
        assertEquals("application/json", readBack.getContentType().orElseThrow().toString());
        Map<String, Object> expected = new HashMap<>(version1);
        expected.put("effectiveTo", "2026-03-01T12:30:00Z");
        assertEquals(expected, readBack.body());
        assertEquals("2026-02-01T10:00:00Z", readBack.body().get("effectiveFrom"));
        assertEquals(60.0, Api.<Object>at(readBack.body(), "/commitments/0/threshold"));
        assertNotEquals(readBack.header(HttpHeaders.ETAG), updated.header(HttpHeaders.ETAG));
    }

    @Test
    void everyEditOfAnActivePromiseAddsAVersionAndClosesThePreviousOne() {
        clock.set(Instant.parse("2026-04-01T00:00:00Z"));
        String id = api.createActivePromise(api.createBrand());
        for (int edit = 1; edit <= 3; edit++) {
            clock.advance(Duration.ofDays(1));
            Map<String, Object> body = Api.promiseBody();
            body.put("priority", edit);
            api.updatePromise(id, api.etagOf(id), body);
        }

        HttpResponse<Map<String, Object>> page = api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions"));

        assertEquals(200, page.code());
        assertEquals("application/json", page.getContentType().orElseThrow().toString());
        List<Map<String, Object>> versions = PromiseControllerTest.items(page.body());
        assertEquals(List.of(1, 2, 3, 4), versions.stream().map(v -> v.get("version")).toList());
        assertEquals(List.of(4, 1, 2, 3), versions.stream().map(v -> v.get("priority")).toList());
        for (int i = 0; i < 3; i++) {
            assertEquals(versions.get(i + 1).get("effectiveFrom"), versions.get(i).get("effectiveTo"));
        }
        assertNull(versions.get(3).get("effectiveTo"));
        assertEquals("2026-04-04T00:00:00Z", versions.get(3).get("effectiveFrom"));
        assertNull(page.body().get("nextCursor"));
    }

    @Test
    void versionsArePaged() {
        String id = api.createActivePromise(api.createBrand());
        for (int edit = 1; edit <= 2; edit++) {
            clock.advance(Duration.ofHours(1));
            Map<String, Object> body = Api.promiseBody();
            body.put("title", "Edit " + edit);
            api.updatePromise(id, api.etagOf(id), body);
        }

        Map<String, Object> first = api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions?limit=2")).body();
        Map<String, Object> second = api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions?limit=2&cursor=" + first.get("nextCursor"))).body();

        assertEquals(List.of(1, 2), PromiseControllerTest.items(first).stream().map(v -> v.get("version")).toList());
        assertEquals(List.of(3), PromiseControllerTest.items(second).stream().map(v -> v.get("version")).toList());
        assertNull(second.get("nextCursor"));
        api.problem(400, HttpRequest.GET("/api/v1/promises/" + id + "/versions?cursor=eA"));
    }

    @Test
    void aVersionThatDoesNotExistAnswers404AndANonNumberOne400() {
        String id = api.createPromise(api.createBrand());

        api.problem(404, HttpRequest.GET("/api/v1/promises/" + id + "/versions/2"));
        api.problem(400, HttpRequest.GET("/api/v1/promises/" + id + "/versions/0"));
        api.problem(400, HttpRequest.GET("/api/v1/promises/" + id + "/versions/latest"));
    }

    @Test
    void retiringAfterEditsClosesOnlyTheCurrentVersion() {
        clock.set(Instant.parse("2026-05-01T00:00:00Z"));
        String id = api.createActivePromise(api.createBrand());
        clock.set(Instant.parse("2026-05-10T00:00:00Z"));
        Map<String, Object> body = Api.promiseBody();
        body.put("title", "Second version");
        api.updatePromise(id, api.etagOf(id), body);
        Map<String, Object> version1 = api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions/1")).body();
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));

        Map<String, Object> retired = api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", "")).body();

        assertEquals(2, retired.get("version"));
        assertEquals("RETIRED", retired.get("status"));
        assertEquals("2026-05-10T00:00:00Z", retired.get("effectiveFrom"));
        assertEquals("2026-06-01T00:00:00Z", retired.get("effectiveTo"));
        assertEquals(version1, api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions/1")).body());
    }
}
