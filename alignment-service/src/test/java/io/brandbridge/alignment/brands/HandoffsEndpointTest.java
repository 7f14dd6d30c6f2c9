package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.clients.touchpoints.HandoffAnswer;
import io.brandbridge.alignment.clients.touchpoints.HandoffQuery;
import io.brandbridge.alignment.snapshots.SnapshotEntity;
import io.brandbridge.alignment.snapshots.SnapshotOrigin;
import io.brandbridge.alignment.snapshots.SnapshotRepository;
import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GET .../handoffs over HTTP, with touchpoint-service stubbed: the matrix each snapshot keeps, ranked and worded. */
@MicronautTest(transactional = false)
class HandoffsEndpointTest extends StubbedServicesTest {

    @Inject
    SnapshotRepository snapshots;

    @AfterEach
    void handoffsDeployedAgain() {
        stubs.touchpoints.handoffsDeployed = true;
    }

    @Test
    void theMatrixIsRankedByCustomersLetDownWithASentenceEach() {
        String brandId = Scenarios.callCentreBrand(stubs);
        String leeds = brandId + "_leeds";
        String cardiff = brandId + "_cardiff";
        // One-contact journeys come back 10 of 40 times (25%). Leeds → Cardiff: 20 handoffs, 11 back (5 expected, 6 let down);
        // Cardiff → Leeds: 8 handoffs, 8 back (2 expected, 6 let down, but a higher repeat rate, so first).
        stubs.touchpoints.handoffAnswers.put(brandId, new HandoffAnswer(100L, 40L, 10L, List.of(
                new HandoffAnswer.Pair(leeds, cardiff, 20L, 11L, 42.5),
                new HandoffAnswer.Pair(cardiff, leeds, 8L, 8L, 7.0))));
        recompute(brandId);

        HttpResponse<Map<String, Object>> response = get(brandId, "", TestCallers.of(Role.PARTNER, brandId));
        assertEquals(200, response.code());
        assertEquals(MediaType.APPLICATION_JSON_TYPE, response.getContentType().orElseThrow());
        Map<String, Object> body = response.body();
        assertEquals(Set.of("brandId", "asOf", "computedAt", "stale", "matrix", "window", "journeys", "oneContactJourneys", "oneContactRepeatRate",
                "handoffs"), body.keySet());
        assertEquals(brandId, body.get("brandId"));
        assertEquals(StubServices.NOW.toString(), body.get("asOf"));
        assertEquals(StubServices.NOW.toString(), body.get("computedAt"));
        assertEquals(false, body.get("stale"));
        assertEquals("KEPT", body.get("matrix"));
        assertEquals(Map.of("from", "2026-10-02T12:00:00Z", "to", "2026-11-01T12:00:00Z"), body.get("window"));
        assertEquals(100, body.get("journeys"));
        assertEquals(40, body.get("oneContactJourneys"));
        assertEquals(0.25, ((Number) body.get("oneContactRepeatRate")).doubleValue(), 1e-15);
        List<Map<String, Object>> handoffs = list(body.get("handoffs"));
        assertEquals(2, handoffs.size());
        assertEquals(Map.of("fromTouchpointId", cardiff, "fromTouchpointName", "Cardiff", "toTouchpointId", leeds, "toTouchpointName", "Leeds",
                "count", 8, "followedUp", 8, "repeatRate", 1.0, "medianGapMinutes", 7.0, "customersLetDown", 6,
                "sentence", "customers passed from Cardiff to Leeds came back within 7 days 100% of the time, against 25% for journeys settled in one contact"),
                handoffs.get(0));
        assertEquals(leeds, handoffs.get(1).get("fromTouchpointId"));
        assertEquals(6, handoffs.get(1).get("customersLetDown"));
        assertEquals(0.55, ((Number) handoffs.get(1).get("repeatRate")).doubleValue(), 1e-15);
        assertEquals("customers passed from Leeds to Cardiff came back within 7 days 55% of the time, against 25% for journeys settled in one contact",
                handoffs.get(1).get("sentence"));

        HandoffQuery asked = (HandoffQuery) stubs.touchpoints.calls.stream().filter(HandoffQuery.class::isInstance)
                .filter(q -> ((HandoffQuery) q).touchpointIds().contains(leeds)).reduce((a, b) -> b).orElseThrow();
        assertEquals(Set.of(leeds, cardiff), Set.copyOf(asked.touchpointIds()), "all the brand's touchpoints");
        assertEquals(List.of(Instant.parse("2026-10-02T12:00:00Z"), StubServices.NOW), List.of(asked.from(), asked.to()));
    }

    @Test
    void anOlderTouchpointServiceThatDoesNotKnowThePathLeavesTheRestOfTheRecomputeStandingAndTheAnswerSaysSo() {
        String brandId = Scenarios.callCentreBrand(stubs);
        stubs.touchpoints.handoffsDeployed = false;
        HttpResponse<Map<String, Object>> recomputed = recompute(brandId);
        assertEquals(200, recomputed.code());
        assertEquals(false, recomputed.body().get("stale"));
        assertEquals(1, recomputed.body().get("gapCount"), "the alignment is computed as before");

        Map<String, Object> body = get(brandId, "", scoped(brandId)).body();
        assertEquals("UNANSWERED", body.get("matrix"));
        assertEquals(false, body.get("stale"));
        assertEquals(0, body.get("journeys"));
        assertEquals(List.of(), body.get("handoffs"));
        assertEquals(Map.of("from", "2026-10-02T12:00:00Z", "to", "2026-11-01T12:00:00Z"), body.get("window"));
    }

    @Test
    void anOutageOfTheHandoffCallMarksTheSnapshotStaleLikeTheOtherCalls() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId);
        stubs.touchpointMode = StubServices.Mode.FAILING;
        HttpClientResponseException down = assertThrows(HttpClientResponseException.class, () -> recompute(brandId));
        assertEquals(503, down.getStatus().getCode());
        stubs.touchpointMode = StubServices.Mode.UP;
        Map<String, Object> body = get(brandId, "", scoped(brandId)).body();
        assertEquals(true, body.get("stale"));
        assertEquals("KEPT", body.get("matrix"), "the last good snapshot's matrix");
    }

    @Test
    void aSnapshotWrittenBeforeSnapshotsKeptTheMatrixAnswersAnEmptyOne() {
        String brandId = Ids.newId("brd");
        Instant asOf = Instant.parse("2026-09-01T10:00:00Z");
        String old = "{\"index\":null,\"promises\":[],\"gaps\":[],\"conflicts\":[]}";
        snapshots.save(new SnapshotEntity(Ids.newId("snp"), brandId, asOf, asOf.plusSeconds(2), LocalDate.of(2026, 9, 1), "UTC", false, null, "[]",
                "{\"index\":null,\"gapCount\":0,\"conflictCount\":0,\"promises\":[]}", old, asOf, asOf, false, SnapshotOrigin.SCHEDULE));
        Map<String, Object> body = get(brandId, "", scoped(brandId)).body();
        assertEquals("PREDATES_HANDOFFS", body.get("matrix"));
        assertEquals(asOf.toString(), body.get("asOf"));
        assertEquals("2026-09-01T10:00:02Z", body.get("computedAt"));
        assertEquals(Map.of("from", asOf.toString(), "to", asOf.toString()), body.get("window"));
        assertEquals(0, body.get("journeys"));
        assertEquals(0, body.get("oneContactJourneys"));
        assertEquals(0.0, ((Number) body.get("oneContactRepeatRate")).doubleValue());
        assertEquals(List.of(), body.get("handoffs"));
    }

    @Test
    void asOfPicksTheSnapshotAndABadOneIsA400NamingIt() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId);
        HttpClientResponseException early = assertThrows(HttpClientResponseException.class,
                () -> get(brandId, "?asOf=2026-01-01T00:00:00Z", scoped(brandId)));
        assertProblem(early, 404);
        assertEquals(StubServices.NOW.toString(), get(brandId, "?asOf=2026-11-02T00:00:00Z", scoped(brandId)).body().get("asOf"));
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class, () -> get(brandId, "?asOf=yesterday", scoped(brandId)));
        assertProblem(bad, 400);
        assertEquals("/asOf", map(list(problem(bad).get("errors")).get(0)).get("pointer"));
    }

    @Test
    void anotherBrandsMatrixIsA404AndOnlyReadingRolesMayAsk() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId);
        assertProblem(assertThrows(HttpClientResponseException.class, () -> get(brandId, "", TestCallers.of(Role.VIEWER, "brd_other"))), 404);
        assertProblem(assertThrows(HttpClientResponseException.class, () -> get(brandId, "", TestCallers.of(Role.PARTNER))), 404);
        assertProblem(assertThrows(HttpClientResponseException.class, () -> get(brandId, "", TestCallers.of(Role.INTEGRATOR, brandId))), 403);
        assertEquals(200, get(brandId, "", TestCallers.of(Role.VIEWER, brandId)).code());
    }

    private HttpResponse<Map<String, Object>> recompute(String brandId) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", "")), JSON);
    }

    private HttpResponse<Map<String, Object>> get(String brandId, String query, Caller caller) {
        return client.toBlocking().exchange(TestCallers.as(tokens, caller, HttpRequest.GET("/api/v1/alignment/brands/" + brandId + "/handoffs" + query)), JSON);
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
