package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On-demand recomputes: one that takes longer than the service waits answers 202 and finishes in the
 * background, and one asked for again while it runs is joined, not started twice.
 */
@MicronautTest(transactional = false)
class OnDemandRecomputeTest extends StubbedServicesTest {

    @Inject
    RecomputeService recomputes;

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("alignment.recompute.respond-within", "500ms");
    }

    @Test
    void aSlowRecomputeAnswers202WithWhereItsSnapshotWillBe() throws InterruptedException {
        String brandId = Scenarios.callCentreBrand(stubs);
        stubs.touchpointMode = StubServices.Mode.SLOW;
        HttpResponse<Map<String, Object>> accepted = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute?asOf=2026-11-01T11:00:00.400Z", "")), JSON);
        assertEquals(202, accepted.code());
        String location = "/api/v1/alignment/brands/" + brandId + "?asOf=2026-11-01T11%3A00%3A00Z";
        assertEquals(location, accepted.header(HttpHeaders.LOCATION));
        assertEquals("10", accepted.header(HttpHeaders.RETRY_AFTER));
        assertEquals(Map.of("brandId", brandId, "asOf", "2026-11-01T11:00:00Z", "status", "RUNNING", "location", location), accepted.body());

        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            try {
                Map<String, Object> snapshot = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.PARTNER, brandId), HttpRequest.GET(location)), JSON).body();
                assertEquals("2026-11-01T11:00:00Z", snapshot.get("asOf"));
                assertEquals(false, snapshot.get("stale"));
                return;
            } catch (HttpClientResponseException notYet) {
                assertEquals(404, notYet.getStatus().getCode());
                assertTrue(System.currentTimeMillis() < deadline, "the recompute finished in the background");
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aFastRecomputeStillAnswers200() {
        String brandId = Scenarios.callCentreBrand(stubs);
        HttpResponse<Map<String, Object>> done = client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/recompute", "")), JSON);
        assertEquals(200, done.code());
        assertEquals(12, done.body().get("dependencyCalls"), "9 questions, the handoff matrix, and 2 registrations of standing predicates in a brand's first recompute");
    }

    @Test
    void theSameBrandAndSecondJoinTheRunningRecomputeAndAnotherSecondStartsItsOwn() throws Exception {
        String brandId = Scenarios.callCentreBrand(stubs);
        Instant asOf = Instant.parse("2026-11-01T11:00:00Z");
        // The brand's first recompute also registers its standing predicates; the runs below only ask.
        recomputes.start(brandId, asOf.minusSeconds(120)).get(30, TimeUnit.SECONDS);
        int atStart = stubs.touchpointRequests.get();
        recomputes.start(brandId, asOf.minusSeconds(60)).get(30, TimeUnit.SECONDS);
        int perRun = stubs.touchpointRequests.get() - atStart;
        stubs.touchpointMode = StubServices.Mode.SLOW;

        CompletableFuture<RecomputeService.Outcome> first = recomputes.start(brandId, asOf);
        CompletableFuture<RecomputeService.Outcome> joined = recomputes.start(brandId, asOf.plusMillis(400));
        CompletableFuture<RecomputeService.Outcome> other = recomputes.start(brandId, asOf.plusSeconds(1));

        assertSame(first, joined);
        assertNotSame(first, other);
        first.get(30, TimeUnit.SECONDS);
        other.get(30, TimeUnit.SECONDS);
        assertEquals(3 * perRun, stubs.touchpointRequests.get() - atStart, "three runs in all, the joined request added none");

        CompletableFuture<RecomputeService.Outcome> later = recomputes.start(brandId, asOf);
        assertNotSame(first, later, "a finished run is not handed out again");
        later.get(30, TimeUnit.SECONDS);
    }
}
