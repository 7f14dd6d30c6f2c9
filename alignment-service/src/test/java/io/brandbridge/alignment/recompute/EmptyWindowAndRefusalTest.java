package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchQuery;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At the first second of a calendar period a window is empty and nothing is asked about it; a question another service refuses
 * (4xx) is a defect reported as such, not an outage that makes reads stale.
 */
@MicronautTest(transactional = false)
class EmptyWindowAndRefusalTest extends StubbedServicesTest {

    @Inject
    ResiliencePolicies policies;

    @AfterEach
    void closeCircuits() {
        policies.get("touchpoint-service").circuitBreaker().reset();
    }

    @Test
    void aRecomputeAtTheFirstSecondOfACalendarMonthWithTargetsAnswers200WithNoData() {
        String brandId = Ids.newId("brd");
        String leeds = brandId + "_leeds";
        stubs.promises.addBrand(brandId, "Europe/London");
        stubs.touchpoints.addTouchpoint(leeds, brandId, "CALL_CENTRE", "Leeds");
        stubs.touchpoints.addTarget(brandId + "_aht", leeds, "handle_seconds", "LE", 180, "COST");
        for (int n = 0; n < 50; n++) {
            stubs.touchpoints.interactions.add(new Interaction(leeds, Instant.parse("2026-10-30T10:00:00Z").plusSeconds(n * 60L),
                    Map.of("handle_seconds", 150.0, "resolved_first_contact", 1.0)));
        }
        stubs.promises.addPromise(brandId, new RemotePromise(brandId + "_prm", brandId, "Sorted first time", List.of("CALL_CENTRE"), 3, "ACTIVE", 1,
                List.of(new RemoteCommitment("fcr", "resolved_first_contact", "EQ", 1.0, 0.8, new RemoteWindow("CALENDAR_MONTH", null), 1.0, 10))));

        // London is on GMT in November: midnight UTC is the month's first second.
        HttpResponse<Map<String, Object>> answer = recompute(brandId, "2026-11-01T00:00:00Z");
        assertEquals(200, answer.code());
        @SuppressWarnings("unchecked")
        Map<String, Object> promise = ((List<Map<String, Object>>) answer.body().get("promises")).get(0);
        assertEquals("NO_DATA", promise.get("status"));
        assertEquals(false, answer.body().get("stale"));
        assertEquals(0, stubs.touchpoints.calls.stream().filter(ContingencyBatchQuery.class::isInstance)
                .filter(q -> ((ContingencyBatchQuery) q).touchpointIds().contains(leeds)).count(), "no 2×2 table over an empty window");

        // One second later the window holds that second, and the table is asked for.
        assertEquals(200, recompute(brandId, "2026-11-01T00:00:01Z").code());
        assertTrue(stubs.touchpoints.calls.stream().anyMatch(q -> q instanceof ContingencyBatchQuery c && c.touchpointIds().contains(leeds)));
    }

    @Test
    void aQuestionTouchpointServiceRefusesIsADefectNotAnOutage() {
        String brandId = Scenarios.callCentreBrand(stubs);
        assertEquals(200, recompute(brandId, StubServices.NOW.toString()).code());
        stubs.touchpointMode = StubServices.Mode.REFUSING;
        int before = stubs.touchpointRequests.get();
        HttpClientResponseException refused = assertThrows(HttpClientResponseException.class, () -> recompute(brandId, StubServices.NOW.toString()));
        assertEquals(500, refused.getStatus().getCode());
        assertEquals("application/problem+json", refused.getResponse().getContentType().orElseThrow().toString());
        String body = refused.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("touchpoint-service refused one of its questions (422)"), body);
        assertFalse(body.contains("Exception"), body);
        assertEquals(1, stubs.touchpointRequests.get() - before, "a refusal is not retried");
        assertFalse(refused.getResponse().getHeaders().contains("Retry-After"));

        stubs.touchpointMode = StubServices.Mode.UP;
        Map<String, Object> read = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.PARTNER, brandId),
                HttpRequest.GET("/api/v1/alignment/brands/" + brandId)), JSON).body();
        assertEquals(false, read.get("stale"), "reads are not stale: nothing was down");
        assertEquals("CLOSED", policies.get("touchpoint-service").circuitBreaker().getState().name());
    }

    private HttpResponse<Map<String, Object>> recompute(String brandId, String asOf) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute?asOf=" + asOf, "")), JSON);
    }
}
