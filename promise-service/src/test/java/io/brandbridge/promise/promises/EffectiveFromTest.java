package io.brandbridge.promise.promises;

import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.promise.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backdated and scheduled versions: activate and update with a chosen effectiveFrom, and retire around them. */
@MicronautTest
@Property(name = "test.mutable-clock", value = "true")
class EffectiveFromTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

    @Inject
    Api api;

    @Inject
    MutableClock clock;

    @BeforeEach
    void startAtNow() {
        clock.set(NOW);
    }

    @Test
    void aBackdatedFirstActivationIsInForceFromThenAndNotBefore() {
        String brandId = api.createBrand();
        String id = api.createPromise(brandId);

        HttpResponse<Map<String, Object>> activated = activate(id, "2025-03-01T00:00:00Z");

        assertEquals(200, activated.code());
        assertEquals("application/json", activated.getContentType().orElseThrow().toString());
        assertEquals(api.etagOf(id), activated.header(HttpHeaders.ETAG));
        assertEquals("ACTIVE", activated.body().get("status"));
        assertEquals("2025-03-01T00:00:00Z", activated.body().get("effectiveFrom"));
        assertNull(activated.body().get("effectiveTo"));
        assertEquals(List.of(), inForce(brandId, "2025-02-28T23:59:59Z"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2025-03-01T00:00:00Z"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-01-01T00:00:00Z"));
        assertEquals(List.of(id + "@1"), inForce(brandId, null));
    }

    @Test
    void aScheduledFirstActivationIsActiveButNotInForceUntilThen() {
        String brandId = api.createBrand();
        String id = api.createPromise(brandId);

        Map<String, Object> activated = activate(id, "2026-09-01T00:00:00Z").body();

        assertEquals("ACTIVE", activated.get("status"));
        assertEquals("2026-09-01T00:00:00Z", activated.get("effectiveFrom"));
        assertEquals(activated, api.getPromise(id).body());
        assertEquals(List.of(), inForce(brandId, null));
        assertEquals(List.of(), inForce(brandId, "2026-08-31T23:59:59Z"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-09-01T00:00:00Z"));
        clock.set(Instant.parse("2026-09-02T00:00:00Z"));
        assertEquals(List.of(id + "@1"), inForce(brandId, null));
    }

    @Test
    void aScheduledEditLeavesVersion1InForceUntilItsInstantAndVersion2FromThen() {
        String brandId = api.createBrand();
        String id = activeSince(brandId, "2026-01-01T00:00:00Z");
        String etagBefore = api.etagOf(id);

        HttpResponse<Map<String, Object>> edited = update(id, etagBefore, body("From 1 January, 45 seconds", 45), "2027-01-01T00:00:00Z");

        assertEquals(200, edited.code());
        assertEquals("application/json", edited.getContentType().orElseThrow().toString());
        Map<String, Object> version2 = edited.body();
        assertEquals(2, version2.get("version"));
        assertEquals("ACTIVE", version2.get("status"));
        assertEquals("2027-01-01T00:00:00Z", version2.get("effectiveFrom"));
        assertNull(version2.get("effectiveTo"));
        assertEquals(NOW.toString(), version2.get("createdAt"));
        assertEquals(45.0, Api.<Object>at(version2, "/commitments/0/threshold"));
        HttpResponse<Map<String, Object>> read = api.getPromise(id);
        assertEquals(version2, read.body());
        assertEquals(edited.header(HttpHeaders.ETAG), read.header(HttpHeaders.ETAG));
        assertNotEquals(etagBefore, edited.header(HttpHeaders.ETAG));
        Map<String, Object> version1 = version(id, 1);
        assertEquals("2026-01-01T00:00:00Z", version1.get("effectiveFrom"));
        assertEquals("2027-01-01T00:00:00Z", version1.get("effectiveTo"));
        assertEquals(List.of(1, 2), versionNumbers(id));

        assertEquals(List.of(id + "@1"), inForce(brandId, null));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-12-31T23:59:59Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, "2027-01-01T00:00:00Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, "2030-01-01T00:00:00Z"));
    }

    @Test
    void editingAScheduledVersionEditsItInPlaceAndMovesTheEndOfTheVersionBefore() {
        String brandId = api.createBrand();
        String id = activeSince(brandId, "2026-01-01T00:00:00Z");
        String scheduledETag = update(id, api.etagOf(id), body("45 seconds", 45), "2027-01-01T00:00:00Z").header(HttpHeaders.ETAG);
        clock.set(Instant.parse("2026-07-01T00:00:00Z"));

        HttpResponse<Map<String, Object>> edited = update(id, scheduledETag, body("40 seconds", 40), "2026-12-01T00:00:00Z");

        assertEquals(200, edited.code());
        assertEquals(2, edited.body().get("version"));
        assertEquals("40 seconds", edited.body().get("title"));
        assertEquals(40.0, Api.<Object>at(edited.body(), "/commitments/0/threshold"));
        assertEquals("2026-12-01T00:00:00Z", edited.body().get("effectiveFrom"));
        assertEquals(NOW.toString(), edited.body().get("createdAt"));
        assertNotEquals(scheduledETag, edited.header(HttpHeaders.ETAG));
        assertEquals(List.of(1, 2), versionNumbers(id));
        assertEquals("2026-12-01T00:00:00Z", version(id, 1).get("effectiveTo"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-11-30T23:59:59Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, "2026-12-01T00:00:00Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, "2027-01-01T00:00:00Z"));
        api.problem(412, put(id, scheduledETag, body("stale", 30), null));
    }

    @Test
    void editingAScheduledVersionWithoutEffectiveFromKeepsItsStart() {
        String brandId = api.createBrand();
        String id = activeSince(brandId, "2026-01-01T00:00:00Z");
        update(id, api.etagOf(id), body("45 seconds", 45), "2027-01-01T00:00:00Z");

        Map<String, Object> edited = update(id, api.etagOf(id), body("45 seconds, reworded", 45), null).body();

        assertEquals(2, edited.get("version"));
        assertEquals("45 seconds, reworded", edited.get("title"));
        assertEquals("2027-01-01T00:00:00Z", edited.get("effectiveFrom"));
        assertEquals("2027-01-01T00:00:00Z", version(id, 1).get("effectiveTo"));
        assertEquals(List.of(1, 2), versionNumbers(id));
    }

    @Test
    void aScheduledVersionMayOnlyMoveToAfterTheVersionBefore() {
        String id = activeSince(api.createBrand(), "2026-01-01T00:00:00Z");
        update(id, api.etagOf(id), body("45 seconds", 45), "2027-01-01T00:00:00Z");
        Map<String, Object> before = api.getPromise(id).body();

        Map<String, Object> problem = api.problem(422, put(id, api.etagOf(id), body("45 seconds", 45), "2026-01-01T00:00:00Z"));

        assertEquals(List.of("/effectiveFrom"), Api.pointers(problem));
        assertEquals(before, api.getPromise(id).body());
        assertEquals("2027-01-01T00:00:00Z", version(id, 1).get("effectiveTo"));
    }

    @Test
    void editingAScheduledFirstActivationEditsItInPlace() {
        String brandId = api.createBrand();
        String id = api.createPromise(brandId);
        activate(id, "2026-09-01T00:00:00Z");

        Map<String, Object> edited = update(id, api.etagOf(id), body("Reworded before launch", 50), "2025-09-01T00:00:00Z").body();

        assertEquals(1, edited.get("version"));
        assertEquals("Reworded before launch", edited.get("title"));
        assertEquals("2025-09-01T00:00:00Z", edited.get("effectiveFrom"));
        assertEquals(List.of(1), versionNumbers(id));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2025-09-01T00:00:00Z"));
    }

    @Test
    void anEffectiveFromEqualToOrBeforeThePreviousVersionsAnswers422NamingIt() {
        String id = activeSince(api.createBrand(), "2026-01-01T00:00:00Z");
        Map<String, Object> before = api.getPromise(id).body();

        for (String effectiveFrom : List.of("2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z", "2024-01-01T00:00:00Z")) {
            Map<String, Object> problem = api.problem(422, put(id, api.etagOf(id), body("Too early", 30), effectiveFrom));

            assertEquals(List.of("/effectiveFrom"), Api.pointers(problem), effectiveFrom);
            assertEquals("/effectiveFrom: must be after 2026-01-01T00:00:00Z, when version 1 takes effect; versions follow "
                    + "each other in time", problem.get("detail"));
        }
        assertEquals(before, api.getPromise(id).body());
        assertEquals(List.of(1), versionNumbers(id));
    }

    @Test
    void aBackdatedEditThatKeepsTheOrderIsAccepted() {
        String brandId = api.createBrand();
        String id = activeSince(brandId, "2025-01-01T00:00:00Z");

        Map<String, Object> version2 = update(id, api.etagOf(id), body("Changed last year", 50), "2025-06-01T00:00:00Z").body();

        assertEquals(2, version2.get("version"));
        assertEquals("2025-06-01T00:00:00Z", version2.get("effectiveFrom"));
        assertEquals("2025-06-01T00:00:00Z", version(id, 1).get("effectiveTo"));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2025-05-31T23:59:59Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, "2025-06-01T00:00:00Z"));
        assertEquals(List.of(id + "@2"), inForce(brandId, null));
        Map<String, Object> problem = api.problem(422, put(id, api.etagOf(id), body("Before version 2", 40), "2025-03-01T00:00:00Z"));
        assertEquals(List.of("/effectiveFrom"), Api.pointers(problem));
        assertTrue(((String) problem.get("detail")).contains("when version 2 takes effect"), problem.toString());
    }

    @Test
    void effectiveFromOnADraftEditAnswers422() {
        String id = api.createPromise(api.createBrand());
        Map<String, Object> before = api.getPromise(id).body();

        Map<String, Object> problem = api.problem(422, put(id, api.etagOf(id), body("A draft", 30), "2026-07-01T00:00:00Z"));

        assertEquals(List.of("/effectiveFrom"), Api.pointers(problem));
        assertTrue(((String) problem.get("detail")).contains("activate?effectiveFrom="), problem.toString());
        assertEquals(before, api.getPromise(id).body());
    }

    @Test
    void retiringWhileAnEditIsScheduledClosesTheVersionInForceAndRetiresTheScheduledOneWithoutAPeriod() {
        String brandId = api.createBrand();
        String id = activeSince(brandId, "2026-01-01T00:00:00Z");
        update(id, api.etagOf(id), body("45 seconds", 45), "2027-01-01T00:00:00Z");
        Map<String, Object> version1Before = version(id, 1);
        clock.set(Instant.parse("2026-08-01T00:00:00Z"));

        HttpResponse<Map<String, Object>> retired = api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", "")
                .header(HttpHeaders.IF_MATCH, api.etagOf(id)));

        assertEquals(200, retired.code());
        assertEquals(api.etagOf(id), retired.header(HttpHeaders.ETAG));
        assertEquals(2, retired.body().get("version"));
        assertEquals("RETIRED", retired.body().get("status"));
        assertNull(retired.body().get("effectiveFrom"));
        assertNull(retired.body().get("effectiveTo"));
        Map<String, Object> expected = new HashMap<>(version1Before);
        expected.put("effectiveTo", "2026-08-01T00:00:00Z");
        assertEquals(expected, version(id, 1));
        assertEquals(List.of(id + "@1"), inForce(brandId, "2026-07-31T23:59:59Z"));
        assertEquals(List.of(), inForce(brandId, "2026-08-01T00:00:00Z"));
        assertEquals(List.of(), inForce(brandId, "2027-01-01T00:00:00Z"));
        api.problem(409, put(id, api.etagOf(id), body("After retirement", 30), null));
    }

    @Test
    void retiringBeforeAScheduledFirstActivationLeavesNoEffectivePeriod() {
        String brandId = api.createBrand();
        String id = api.createPromise(brandId);
        activate(id, "2026-09-01T00:00:00Z");

        Map<String, Object> retired = api.call(HttpRequest.POST("/api/v1/promises/" + id + "/retire", "")).body();

        assertEquals("RETIRED", retired.get("status"));
        assertNull(retired.get("effectiveFrom"));
        assertNull(retired.get("effectiveTo"));
        assertEquals(List.of(), inForce(brandId, "2026-09-01T00:00:00Z"));
        assertEquals(List.of(), inForce(brandId, "2030-01-01T00:00:00Z"));
    }

    @Test
    void anEffectiveFromOutsideItsBoundsAnswers422NamingIt() {
        String brandId = api.createBrand();
        String latest = "2031-06-15T12:00:00Z";
        for (String effectiveFrom : List.of("1999-12-31T23:59:59Z", "2031-06-15T12:00:01Z", "2026-06-01T00:00:00.5Z")) {
            String draft = api.createPromise(brandId);
            assertEquals(List.of("/effectiveFrom"), Api.pointers(api.problem(422, activateRequest(draft, effectiveFrom))), effectiveFrom);
            assertEquals("DRAFT", api.getPromise(draft).body().get("status"));

            String active = activeSince(brandId, "2026-01-01T00:00:00Z");
            assertEquals(List.of("/effectiveFrom"), Api.pointers(api.problem(422, put(active, api.etagOf(active), body("x", 30), effectiveFrom))),
                    effectiveFrom);
            assertEquals(List.of(1), versionNumbers(active));
        }
        assertEquals("2000-01-01T00:00:00Z", activate(api.createPromise(brandId), "2000-01-01T00:00:00Z").body().get("effectiveFrom"));
        assertEquals(latest, activate(api.createPromise(brandId), latest).body().get("effectiveFrom"));
        String active = activeSince(brandId, "2026-01-01T00:00:00Z");
        assertEquals(latest, update(active, api.etagOf(active), body("In five years", 30), latest).body().get("effectiveFrom"));
    }

    @Test
    void aMalformedEffectiveFromAnswers400NamingIt() {
        String brandId = api.createBrand();
        String draft = api.createPromise(brandId);
        String active = activeSince(brandId, "2026-01-01T00:00:00Z");
        for (String effectiveFrom : List.of("tomorrow", "2026-07-01", "2026-07-01T00:00:00", "2026-07-01T00:00:00.000000000%2B01:00:00")) {
            assertEquals(List.of("/effectiveFrom"), Api.pointers(api.problem(400, activateRequest(draft, effectiveFrom))), effectiveFrom);
            assertEquals(List.of("/effectiveFrom"), Api.pointers(api.problem(400, put(active, api.etagOf(active), body("x", 30), effectiveFrom))),
                    effectiveFrom);
        }
        assertEquals("DRAFT", api.getPromise(draft).body().get("status"));
        assertEquals(List.of(1), versionNumbers(active));
    }

    @Test
    void anOffsetInEffectiveFromMeansTheSameInstant() {
        String id = api.createPromise(api.createBrand());

        assertEquals("2026-02-28T23:00:00Z", activate(id, "2026-03-01T01:00:00%2B02:00").body().get("effectiveFrom"));
    }

    @Test
    void aStaleIfMatchOnActivateWithEffectiveFromAnswers412AndChangesNothing() {
        String id = api.createPromise(api.createBrand());
        String stale = api.etagOf(id);
        api.updatePromise(id, stale, body("Reworded", 30));

        api.problem(412, activateRequest(id, "2026-01-01T00:00:00Z").header(HttpHeaders.IF_MATCH, stale));

        assertEquals("DRAFT", api.getPromise(id).body().get("status"));
    }

    // ---- helpers ----

    private String activeSince(String brandId, String effectiveFrom) {
        String id = api.createPromise(brandId);
        assertEquals(200, activate(id, effectiveFrom).code());
        return id;
    }

    private static Map<String, Object> body(String title, int threshold) {
        Map<String, Object> body = Api.promiseBody();
        body.put("title", title);
        Api.set(body, "/commitments/0/threshold", threshold);
        return body;
    }

    private HttpResponse<Map<String, Object>> activate(String id, String effectiveFrom) {
        return api.call(activateRequest(id, effectiveFrom));
    }

    private static MutableHttpRequest<String> activateRequest(String id, String effectiveFrom) {
        return HttpRequest.POST("/api/v1/promises/" + id + "/activate?effectiveFrom=" + effectiveFrom, "");
    }

    private HttpResponse<Map<String, Object>> update(String id, String etag, Map<String, Object> body, String effectiveFrom) {
        return api.call(put(id, etag, body, effectiveFrom));
    }

    private static MutableHttpRequest<Map<String, Object>> put(String id, String etag, Map<String, Object> body, String effectiveFrom) {
        String query = effectiveFrom == null ? "" : "?effectiveFrom=" + effectiveFrom;
        return HttpRequest.PUT("/api/v1/promises/" + id + query, body).header(HttpHeaders.IF_MATCH, etag);
    }

    private Map<String, Object> version(String id, int number) {
        return api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions/" + number)).body();
    }

    private List<Object> versionNumbers(String id) {
        return PromiseControllerTest.items(api.call(HttpRequest.GET("/api/v1/promises/" + id + "/versions")).body()).stream()
                .map(v -> v.get("version")).toList();
    }

    private List<String> inForce(String brandId, String at) {
        String query = at == null ? "" : "?at=" + at;
        return PromiseControllerTest.items(api.call(HttpRequest.GET("/api/v1/brands/" + brandId + "/promises/in-force" + query)).body())
                .stream().map(p -> p.get("id") + "@" + p.get("version")).toList();
    }
}
