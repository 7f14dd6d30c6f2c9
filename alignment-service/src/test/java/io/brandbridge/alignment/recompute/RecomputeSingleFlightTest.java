package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A recompute asked for again while it runs is joined, not started twice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecomputeSingleFlightTest implements TestPropertyProvider {

    @Inject
    RecomputeService recomputes;

    @Inject
    StubServices stubs;

    @Override
    public Map<String, String> getProperties() {
        return StubServices.properties();
    }

    @AfterEach
    void restore() {
        stubs.touchpointMode = StubServices.Mode.UP;
    }

    @Test
    void theSameBrandAndSecondJoinTheRunningRecomputeAndAnotherSecondStartsItsOwn() throws Exception {
        String brandId = Scenarios.callCentreBrand(stubs);
        Instant asOf = Instant.parse("2026-11-01T11:00:00Z");
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
