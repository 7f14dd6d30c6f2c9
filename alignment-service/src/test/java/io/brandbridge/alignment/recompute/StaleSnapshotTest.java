package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.resilience.ResiliencePolicies;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With touchpoint-service down, reads keep answering at once from the last good snapshot, marked stale, until a recompute succeeds. */
@MicronautTest(transactional = false)
class StaleSnapshotTest extends StubbedServicesTest {

    private static final List<String> READS = List.of("", "/gaps", "/conflicts", "/history");

    @Inject
    MutableClock clock;

    @Inject
    ResiliencePolicies policies;

    @BeforeEach
    @AfterEach
    void restore() {
        stubs.touchpointMode = StubServices.Mode.UP;
        stubs.promiseMode = StubServices.Mode.UP;
        closeCircuits();
    }

    private void closeCircuits() {
        policies.get("touchpoint-service").circuitBreaker().reset();
        policies.get("promise-service").circuitBreaker().reset();
    }

    @Test
    void readsAnswerAtOnceAndStaleWhileTouchpointServiceIsDownThenFreshAfterARecompute() throws Exception {
        String brandId = Scenarios.callCentreBrand(stubs);
        assertEquals(200, recompute(brandId).code());
        assertStale(brandId, false);

        stubs.touchpointMode = StubServices.Mode.FAILING;
        clock.advance(Duration.ofMinutes(5));
        HttpClientResponseException down = assertThrows(HttpClientResponseException.class, () -> recompute(brandId));
        assertEquals(503, down.getStatus().getCode());
        assertEquals("application/problem+json", down.getResponse().getContentType().orElseThrow().toString());
        assertTrue(down.getResponse().header(HttpHeaders.RETRY_AFTER) != null);
        assertStale(brandId, true);
        assertEquals(StubServices.NOW.toString(), read(brandId, "").body().get("asOf"), "still the last good snapshot");

        // While a recompute hangs on touchpoint-service, reads do not wait for it (the circuit is closed, so it does reach it).
        closeCircuits();
        stubs.touchpointMode = StubServices.Mode.HANGING;
        CompletableFuture<Void> hanging = CompletableFuture.runAsync(() -> assertThrows(HttpClientResponseException.class, () -> recompute(brandId)));
        int requestsBefore = stubs.touchpointRequests.get();
        for (String path : READS) {
            long started = System.nanoTime();
            assertEquals(true, read(brandId, path).body().get("stale"));
            long tookMillis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertTrue(tookMillis < 500, path + " answered in " + tookMillis + " ms");
        }
        hanging.get();
        assertTrue(stubs.touchpointRequests.get() > requestsBefore, "the hanging recompute did reach touchpoint-service");

        // touchpoint-service is back; once the circuit lets calls through again, a recompute clears the flag.
        stubs.touchpointMode = StubServices.Mode.UP;
        clock.advance(Duration.ofMinutes(1));
        HttpResponse<Map<String, Object>> recovered = recompute(brandId);
        assertEquals(200, recovered.code());
        assertEquals(false, recovered.body().get("stale"));
        assertStale(brandId, false);
        assertEquals(clock.instant().toString(), read(brandId, "").body().get("asOf"));
        Map<String, Object> history = read(brandId, "/history?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z").body();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> days = (List<Map<String, Object>>) history.get("items");
        assertFalse((Boolean) days.get(0).get("stale"), "the older snapshot is no longer flagged either");
    }

    @Test
    void promiseServiceDownMarksTheSnapshotStaleToo() {
        String brandId = Scenarios.callCentreBrand(stubs);
        recompute(brandId);
        stubs.promiseMode = StubServices.Mode.FAILING;
        HttpClientResponseException down = assertThrows(HttpClientResponseException.class, () -> recompute(brandId));
        assertEquals(503, down.getStatus().getCode());
        assertStale(brandId, true);
    }

    @Test
    void withNoSnapshotYetAnOutageAnswers503AndReadsStill404() {
        String brandId = Scenarios.callCentreBrand(stubs);
        stubs.touchpointMode = StubServices.Mode.FAILING;
        assertEquals(503, assertThrows(HttpClientResponseException.class, () -> recompute(brandId)).getStatus().getCode());
        assertEquals(404, assertThrows(HttpClientResponseException.class, () -> read(brandId, "")).getStatus().getCode());
    }

    @Test
    void anUnusableAnswerFromEitherServiceKeepsTheLastGoodScoreAndAnswers503() {
        String brandId = Scenarios.callCentreBrand(stubs);
        assertEquals(200, recompute(brandId).code());
        Map<String, Object> good = read(brandId, "").body();
        try {
            for (Runnable malformed : List.<Runnable>of(() -> stubs.touchpointMode = StubServices.Mode.MALFORMED,
                    () -> stubs.promiseMode = StubServices.Mode.MALFORMED)) {
                restore();
                malformed.run();
                clock.advance(Duration.ofMinutes(5));
                HttpClientResponseException down = assertThrows(HttpClientResponseException.class, () -> recompute(brandId));
                assertEquals(503, down.getStatus().getCode());
                assertEquals("application/problem+json", down.getResponse().getContentType().orElseThrow().toString());
                assertStale(brandId, true);
                Map<String, Object> served = read(brandId, "").body();
                assertEquals(good.get("asOf"), served.get("asOf"), "still the last good snapshot");
                assertEquals(good.get("index"), served.get("index"), "the score is not computed from the unusable answer");
            }
        } finally {
            // The other tests measure from the stubs' fixed instant.
            clock.set(StubServices.NOW);
        }
    }

    private void assertStale(String brandId, boolean stale) {
        for (String path : READS) {
            assertEquals(stale, read(brandId, path).body().get("stale"), path);
        }
        assertEquals(stale, read(brandId, "/promises/" + brandId + "_prm_call").body().get("stale"));
    }

    private HttpResponse<Map<String, Object>> recompute(String brandId) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", "")), JSON);
    }

    private HttpResponse<Map<String, Object>> read(String brandId, String path) {
        return client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.PARTNER, brandId),
                HttpRequest.GET("/api/v1/alignment/brands/" + brandId + path)), JSON);
    }
}
