package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every alignment endpoint over HTTP, with promise-service and touchpoint-service stubbed. */
@MicronautTest(transactional = false)
class BrandAlignmentControllerTest extends StubbedServicesTest {

    @Inject
    KnownBrands knownBrands;

    @Inject
    MutableClock clock;

    @Test
    void recomputeAnswers200WithTheNewSnapshotSummary() {
        String brandId = Scenarios.callCentreBrand(stubs);
        HttpResponse<Map<String, Object>> response = recompute(brandId, null);
        assertEquals(200, response.code());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getContentType().orElseThrow());
        Map<String, Object> body = response.body();
        assertEquals(brandId, body.get("brandId"));
        assertEquals(StubServices.NOW.toString(), body.get("asOf"), "asOf defaults to now");
        assertEquals(StubServices.NOW.toString(), body.get("computedAt"));
        assertEquals(false, body.get("stale"));
        assertEquals("Europe/London", body.get("timeZone"));
        assertEquals(280.0 / 3, ((Number) body.get("index")).doubleValue(), 1e-9);
        assertEquals(1, body.get("gapCount"));
        assertEquals(1, body.get("conflictCount"));
        assertEquals(12, body.get("dependencyCalls"), "brand, promises, touchpoints; the handoff matrix; 2 attainment batches (no chat touchpoint); targets of Leeds and "
                + "Cardiff; 2 contingency batches; and, in a brand's first recompute, 2 registrations (the call centres' conditions, Leeds' pairs)");
        assertNotNull(body.get("durationMillis"));
        assertEquals("/api/v1/alignment/brands/" + brandId + "?asOf=2026-11-01T12%3A00%3A00Z", response.header(HttpHeaders.CONTENT_LOCATION));
    }

    @Test
    void brandSummaryIsServedFromTheLatestSnapshot() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        HttpResponse<Map<String, Object>> response = get("/api/v1/alignment/brands/" + brandId, scoped(brandId));
        assertEquals(200, response.code());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getContentType().orElseThrow());
        Map<String, Object> body = response.body();
        assertEquals(Set.of("brandId", "asOf", "computedAt", "stale", "timeZone", "index", "gapCount", "conflictCount", "promises"), body.keySet());
        List<Map<String, Object>> promises = list(body.get("promises"));
        assertEquals(2, promises.size());
        Map<String, Object> call = promises.stream().filter(p -> p.get("promiseId").equals(brandId + "_prm_call")).findFirst().orElseThrow();
        assertEquals(Map.of("promiseId", brandId + "_prm_call", "version", 2, "title", "Answered and sorted", "priority", 3, "score", 280.0 / 3, "status", "BROKEN"), call);
        Map<String, Object> chat = promises.stream().filter(p -> p.get("promiseId").equals(brandId + "_prm_chat")).findFirst().orElseThrow();
        assertEquals("NO_DATA", chat.get("status"));
        assertTrue(chat.containsKey("score") && chat.get("score") == null, "no score without data, and the field says so");
    }

    @Test
    void promiseBreakdownShowsEveryCommitmentAndTouchpoint() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        Map<String, Object> body = get("/api/v1/alignment/brands/" + brandId + "/promises/" + brandId + "_prm_call", scoped(brandId)).body();
        assertEquals(false, body.get("stale"));
        assertEquals(List.of("CALL_CENTRE"), body.get("touchpointTypes"));
        List<Map<String, Object>> commitments = list(body.get("commitments"));
        Map<String, Object> fcr = commitments.stream().filter(c -> c.get("key").equals("fcr")).findFirst().orElseThrow();
        assertEquals(50, fcr.get("valid"));
        assertEquals(36, fcr.get("good"));
        assertEquals(0.72, ((Number) fcr.get("attainment")).doubleValue(), 1e-12);
        assertEquals(10.0, ((Number) fcr.get("allowedBad")).doubleValue(), 1e-12);
        assertEquals(-0.4, ((Number) fcr.get("budgetRemaining")).doubleValue(), 1e-12);
        assertEquals(14, fcr.get("brokenPromises"));
        assertEquals(4.0, ((Number) fcr.get("excessBroken")).doubleValue(), 1e-12);
        assertEquals(90.0, ((Number) fcr.get("score")).doubleValue(), 1e-9);
        assertEquals("BROKEN", fcr.get("status"));
        assertTrue(fcr.containsKey("burnAlert") && fcr.get("burnAlert") == null, "a commitment not kept has no burn alert, and the field says so");
        assertEquals("ROLLING_DAYS", fcr.get("windowType"));
        assertEquals(7, fcr.get("windowDays"));
        assertEquals("2026-10-25T12:00:00Z", fcr.get("from"));
        assertEquals("2026-11-01T12:00:00Z", fcr.get("to"));
        Map<String, Object> consistency = map(fcr.get("consistency"));
        assertEquals(true, consistency.get("flagged"));
        assertEquals(0.35, ((Number) consistency.get("spread")).doubleValue(), 1e-12);
        List<Map<String, Object>> rows = list(fcr.get("touchpoints"));
        Map<String, Object> leeds = rows.stream().filter(r -> r.get("name").equals("Leeds")).findFirst().orElseThrow();
        assertEquals(40, leeds.get("valid"));
        assertEquals(26, leeds.get("good"));
        assertEquals(-0.75, ((Number) leeds.get("budgetRemaining")).doubleValue(), 1e-12);
        assertEquals("CALL_CENTRE", leeds.get("type"));
        Map<String, Object> answer = commitments.stream().filter(c -> c.get("key").equals("answer")).findFirst().orElseThrow();
        assertEquals("KEPT", answer.get("status"));
        assertEquals("NONE", answer.get("burnAlert"));
    }

    @Test
    void unknownPromiseAnswers404Problem() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        HttpClientResponseException e = refused("/api/v1/alignment/brands/" + brandId + "/promises/prm_nope", scoped(brandId));
        assertProblem(e, 404);
    }

    @Test
    void gapsArePagedWithinOneSnapshot() {
        String brandId = Scenarios.callCentreBrand(stubs);
        // A second commitment Leeds misses, so there are two gaps: fcr (6 beyond budget), then "quick" (20 long calls of 40, 16 allowed: 4).
        stubs.promises.addPromise(brandId, io.brandbridge.alignment.stubs.FakePromiseService.promise(brandId + "_prm_quick", "Quick calls", 2, List.of("CALL_CENTRE"),
                io.brandbridge.alignment.stubs.FakePromiseService.commitment("quick", "handle_seconds", "LE", 180, 0.6, 7, 1, 10)));
        recompute(brandId, null);
        Map<String, Object> first = get("/api/v1/alignment/brands/" + brandId + "/gaps?limit=1", scoped(brandId)).body();
        List<Map<String, Object>> items = list(first.get("items"));
        assertEquals(1, items.size());
        assertEquals("fcr", items.get(0).get("commitmentKey"));
        assertEquals(6.0, ((Number) items.get(0).get("excessBroken")).doubleValue(), 1e-12);
        assertEquals("Leeds", items.get(0).get("touchpointName"));
        String cursor = (String) first.get("nextCursor");
        assertNotNull(cursor);
        // A newer snapshot does not disturb the paging.
        clock.advance(java.time.Duration.ofMinutes(5));
        recompute(brandId, null);
        clock.set(StubServices.NOW);
        Map<String, Object> second = get("/api/v1/alignment/brands/" + brandId + "/gaps?limit=1&cursor=" + cursor, scoped(brandId)).body();
        List<Map<String, Object>> rest = list(second.get("items"));
        assertEquals(1, rest.size());
        assertEquals("quick", rest.get(0).get("commitmentKey"));
        assertEquals(4.0, ((Number) rest.get(0).get("excessBroken")).doubleValue(), 1e-12);
        assertEquals(first.get("asOf"), second.get("asOf"));
        assertNull(second.get("nextCursor"));
    }

    @Test
    void badLimitOrCursorAnswers400Problem() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        assertProblem(refused("/api/v1/alignment/brands/" + brandId + "/gaps?limit=0", scoped(brandId)), 400);
        assertProblem(refused("/api/v1/alignment/brands/" + brandId + "/gaps?limit=201", scoped(brandId)), 400);
        assertProblem(refused("/api/v1/alignment/brands/" + brandId + "/gaps?cursor=bm90LWEtY3Vyc29y", scoped(brandId)), 400);
        assertProblem(refused("/api/v1/alignment/brands/" + brandId + "/gaps?cursor=***", scoped(brandId)), 400);
    }

    @Test
    void conflictsAreReportedInWords() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        Map<String, Object> body = get("/api/v1/alignment/brands/" + brandId + "/conflicts", scoped(brandId)).body();
        assertEquals(Set.of("brandId", "asOf", "computedAt", "stale", "items"), body.keySet());
        List<Map<String, Object>> items = list(body.get("items"));
        assertEquals(1, items.size());
        Map<String, Object> conflict = items.get(0);
        assertEquals(brandId + "_aht", map(conflict.get("target")).get("id"));
        assertEquals("fcr", map(conflict.get("commitment")).get("key"));
        assertEquals(Map.of("metKept", 8, "metBroken", 12, "missedKept", 18, "missedBroken", 2), conflict.get("table"));
        assertEquals(0.4, ((Number) conflict.get("p1")).doubleValue(), 1e-12);
        assertEquals(0.9, ((Number) conflict.get("p0")).doubleValue(), 1e-12);
        assertEquals(-0.5 / Math.sqrt(0.65 * 0.35 * 0.1), ((Number) conflict.get("z")).doubleValue(), 1e-12);
        assertEquals("calls that met the 180 s handle-time target were resolved first time 40% of the time, longer calls 90%", conflict.get("sentence"));
    }

    @Test
    void asOfPicksTheNewestSnapshotNotAfterIt() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, "2026-10-31T00:00:00Z");
        assertEquals("2026-11-01T06:00:00Z", recompute(brandId, "2026-11-01T06:00:00.750Z").body().get("asOf"), "taken to the second");
        String base = "/api/v1/alignment/brands/" + brandId;
        assertEquals("2026-11-01T06:00:00Z", get(base, scoped(brandId)).body().get("asOf"));
        assertEquals("2026-10-31T00:00:00Z", get(base + "?asOf=2026-11-01T05:59:59Z", scoped(brandId)).body().get("asOf"));
        assertEquals("2026-11-01T06:00:00Z", get(base + "?asOf=2026-11-01T07:00:00%2B01:00", scoped(brandId)).body().get("asOf"), "an offset is honoured");
        assertEquals("2026-10-31T00:00:00Z", get(base + "/conflicts?asOf=2026-10-31T00:00:00Z", scoped(brandId)).body().get("asOf"));
        assertProblem(refused(base + "?asOf=2026-10-30T23:59:59Z", scoped(brandId)), 404);
    }

    @Test
    void malformedOrFutureAsOfAnswers400NamingTheParameter() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        HttpClientResponseException e = refused("/api/v1/alignment/brands/" + brandId + "?asOf=yesterday", scoped(brandId));
        assertProblem(e, 400);
        Map<String, Object> problem = problem(e);
        assertEquals("/asOf", map(list(problem.get("errors")).get(0)).get("pointer"));
        HttpClientResponseException future = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                TestCallers.as(tokens, scoped(brandId), HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute?asOf=2026-11-02T00:00:00Z", "")), JSON));
        assertProblem(future, 400);
    }

    @Test
    void historyKeepsTheLastSnapshotOfEachDay() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, "2026-10-30T11:00:00Z");
        recompute(brandId, "2026-10-30T20:00:00Z");
        recompute(brandId, "2026-10-31T08:00:00Z");
        recompute(brandId, null);
        Map<String, Object> body = get("/api/v1/alignment/brands/" + brandId + "/history?from=2026-10-30T00:00:00Z&to=2026-11-01T00:00:00Z", scoped(brandId)).body();
        assertEquals("2026-10-30T00:00:00Z", body.get("from"));
        assertEquals("2026-11-01T00:00:00Z", body.get("to"));
        assertEquals("2026-11-01T12:00:00Z", body.get("asOf"), "the brand's newest snapshot");
        assertEquals(false, body.get("stale"));
        List<Map<String, Object>> days = list(body.get("items"));
        assertEquals(List.of("2026-10-30", "2026-10-31"), days.stream().map(d -> d.get("day")).toList());
        assertEquals(List.of("2026-10-30T20:00:00Z", "2026-10-31T08:00:00Z"), days.stream().map(d -> d.get("asOf")).toList(), "the last of each day");
        assertEquals(2, list(days.get(1).get("promises")).size());
        assertNotNull(days.get(1).get("index"));
        clock.advance(java.time.Duration.ofMinutes(1));
        Map<String, Object> defaults = get("/api/v1/alignment/brands/" + brandId + "/history", scoped(brandId)).body();
        clock.set(StubServices.NOW);
        assertEquals("2026-10-02T12:01:00Z", defaults.get("from"), "30 days up to now");
        assertEquals(List.of("2026-10-30", "2026-10-31", "2026-11-01"), list(defaults.get("items")).stream().map(d -> d.get("day")).toList());
        assertProblem(refused("/api/v1/alignment/brands/" + brandId + "/history?from=2026-11-01T00:00:00Z&to=2026-10-01T00:00:00Z", scoped(brandId)), 400);
    }

    @Test
    void historyCoversAtMost366Days() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        String base = "/api/v1/alignment/brands/" + brandId + "/history?to=2026-11-01T00:00:00Z&from=";
        assertEquals(200, get(base + "2025-10-31T00:00:00Z", scoped(brandId)).code(), "366 days");
        HttpClientResponseException e = refused(base + "2025-10-30T23:59:59Z", scoped(brandId));
        assertProblem(e, 400);
        assertEquals("/from", map(list(problem(e).get("errors")).get(0)).get("pointer"));
    }

    @Test
    void malformedIdsAndOverlongParametersAnswer400() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        String base = "/api/v1/alignment/brands/" + brandId;
        assertProblem(refused("/api/v1/alignment/brands/brd%20x", TestCallers.of(Role.VIEWER)), 400);
        assertProblem(refused("/api/v1/alignment/brands/brd_" + "x".repeat(61), TestCallers.of(Role.VIEWER)), 400);
        assertProblem(refused(base + "/promises/prm%2Bx", scoped(brandId)), 400);
        assertProblem(refused(base + "?asOf=2026-11-01T00:00:00.000000000%2B05:30:00" + "0".repeat(10), scoped(brandId)), 400);
        assertProblem(refused(base + "/gaps?cursor=" + "a".repeat(513), scoped(brandId)), 400);
    }

    @Test
    void anotherBrandAnswers404ExactlyLikeAMissingOne() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        Caller other = TestCallers.of(Role.VIEWER, "brd_someone_else");
        String missing = "brd_never_computed_" + brandId;
        for (String path : List.of("", "/promises/" + brandId + "_prm_call", "/gaps", "/conflicts", "/history")) {
            HttpClientResponseException outOfScope = refused("/api/v1/alignment/brands/" + brandId + path, other);
            assertProblem(outOfScope, 404);
            HttpClientResponseException absent = refused("/api/v1/alignment/brands/" + missing + path, TestCallers.of(Role.VIEWER));
            assertEquals(problem(absent).get("title"), problem(outOfScope).get("title"));
        }
        assertProblem(assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, "brd_someone_else"),
                        HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", "")), JSON)), 404);
    }

    @Test
    void aPartnerSeesOnlyTheBrandsItWasGrantedByName() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId, null);
        assertEquals(200, get("/api/v1/alignment/brands/" + brandId, TestCallers.of(Role.PARTNER, brandId)).code());
        Caller unscopedPartner = new Caller("partner", EnumSet.of(Role.PARTNER), Set.of(), true);
        assertProblem(refused("/api/v1/alignment/brands/" + brandId, unscopedPartner), 404);
        assertEquals(200, get("/api/v1/alignment/brands/" + brandId, TestCallers.of(Role.ADMIN)).code(), "an unscoped admin sees every brand");
    }

    @Test
    void aBrandWithoutSnapshotAnswers404AndBecomesKnown() {
        String brandId = Scenarios.callCentreBrand(stubs);
        HttpClientResponseException e = refused("/api/v1/alignment/brands/" + brandId, scoped(brandId));
        assertProblem(e, 404);
        assertTrue(knownBrands.all().contains(brandId), "the next scheduled recompute will compute it");
        assertFalse(knownBrands.all().contains("brd_out_of_scope_" + brandId));
        refused("/api/v1/alignment/brands/brd_out_of_scope_" + brandId, scoped(brandId));
        assertFalse(knownBrands.all().contains("brd_out_of_scope_" + brandId), "an out-of-scope read registers nothing");
    }

    @Test
    void recomputeOfABrandPromiseServiceDoesNotKnowAnswers404() {
        String brandId = "brd_unknown_" + System.nanoTime();
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> recompute(brandId, null));
        assertProblem(e, 404);
        assertFalse(knownBrands.all().contains(brandId), "it is not recomputed on schedule");
    }

    @Test
    void aBodySentToRecomputeIsIgnored() {
        String brandId = Scenarios.callCentreBrand(stubs);
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(TestCallers.as(tokens, scoped(brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", Map.of("id", "snp_mine", "stale", true, "status", "KEPT", "brandId", "brd_other"))), JSON);
        assertEquals(200, response.code());
        assertEquals(brandId, response.body().get("brandId"));
        assertEquals(false, response.body().get("stale"));
        assertEquals("BROKEN", map(list(get("/api/v1/alignment/brands/" + brandId, scoped(brandId)).body().get("promises")).stream()
                .filter(p -> map(p).get("promiseId").equals(brandId + "_prm_call")).findFirst().orElseThrow()).get("status"));
    }

    @Test
    void withoutTokenEveryEndpointAnswers401() {
        for (String path : List.of("", "/promises/p", "/gaps", "/conflicts", "/history")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/alignment/brands/brd_x" + path), JSON));
            assertProblem(e, 401);
        }
    }

    private HttpResponse<Map<String, Object>> recompute(String brandId, String asOf) {
        String query = asOf == null ? "" : "?asOf=" + asOf;
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute" + query, "")), JSON);
    }

    private HttpResponse<Map<String, Object>> get(String path, Caller caller) {
        MutableHttpRequest<Object> request = HttpRequest.GET(path);
        return client.toBlocking().exchange(TestCallers.as(tokens, caller, request), JSON);
    }

    private HttpClientResponseException refused(String path, Caller caller) {
        return assertThrows(HttpClientResponseException.class, () -> get(path, caller));
    }

    private static Caller scoped(String brandId) {
        return TestCallers.of(Role.MARKETING, brandId);
    }

    private static void assertProblem(HttpClientResponseException e, int status) {
        assertEquals(status, e.getStatus().getCode());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        assertEquals(status, ((Number) problem(e).get("status")).intValue());
    }

    private static Map<String, Object> problem(HttpClientResponseException e) {
        return e.getResponse().getBody(JSON).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
