package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.alignment.snapshots.SnapshotStore;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.alignment.stubs.Scenarios;
import io.brandbridge.alignment.stubs.StubServices;
import io.brandbridge.alignment.stubs.StubbedServicesTest;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.defaults.testing.MutableClock;
import io.brandbridge.defaults.testing.TestCallers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schedule recomputes every known brand: those promise-service lists and those someone asked about. */
@MicronautTest(transactional = false)
class RecomputeSchedulerTest extends StubbedServicesTest {

    @Inject
    SnapshotStore store;

    @Inject
    KnownBrands knownBrands;

    @Inject
    MutableClock clock;

    @AfterEach
    void backToTheStubsInstant() {
        clock.set(StubServices.NOW);
    }

    @Override
    protected Map<String, String> moreProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("alignment.recompute.enabled", "true");
        properties.put("alignment.recompute.interval", "200ms");
        // Long enough for the server (and so the stubs) to be up before the first round.
        properties.put("alignment.recompute.initial-delay", "1s");
        return properties;
    }

    @Test
    void brandsPromiseServiceListsAreComputedWithoutBeingAsked() throws InterruptedException {
        String brandId = Scenarios.callCentreBrand(stubs);
        await(() -> store.find(brandId, null).isPresent());
        assertEquals(StubServices.NOW, store.find(brandId, null).orElseThrow().asOf(), "as of now");
    }

    @Test
    void aBrandReadBeforeItWasComputedIsComputedOnTheNextRound() throws InterruptedException {
        // A brand promise-service only starts listing later: the read registers it first.
        String brandId = "brd_read_" + System.nanoTime();
        assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.VIEWER, brandId),
                HttpRequest.GET("/api/v1/alignment/brands/" + brandId)), String.class));
        assertTrue(knownBrands.all().contains(brandId));
        stubs.promises.addBrand(brandId, "UTC");
        await(() -> store.find(brandId, null).isPresent());
    }

    @Test
    void aBrandPromiseServiceDoesNotKnowIsForgotten() throws InterruptedException {
        String brandId = "brd_gone_" + System.nanoTime();
        knownBrands.register(brandId);
        await(() -> !knownBrands.all().contains(brandId));
        assertFalse(store.find(brandId, null).isPresent());
    }

    @Test
    void dataThatArrivesLateForABackfilledDayIsReScoredByTheNextRound() throws InterruptedException {
        String brandId = Scenarios.callCentreBrand(stubs);
        String jobId = (String) client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.POST("/api/v1/alignment/brands/" + brandId + "/backfill", Map.of("from", "2026-10-29", "to", "2026-10-31"))), JSON).body().get("id");
        await(() -> "SUCCEEDED".equals(client.toBlocking().exchange(TestCallers.as(tokens, TestCallers.of(Role.OPERATIONS, brandId),
                HttpRequest.GET("/api/v1/alignment/jobs/" + jobId)), JSON).body().get("state")));
        assertFalse(day(brandId, "2026-10-29").revised());

        // Later than the backfill, as late data is (the stubs' clock stands still otherwise).
        clock.advance(Duration.ofMinutes(1));
        stubs.touchpoints.push(new Interaction(brandId + "_leeds", Instant.parse("2026-10-29T15:00:00Z"), Map.of("wait_seconds", 10.0)));
        // The round re-scores the 29th and the days whose windows hold it, in order.
        await(() -> day(brandId, "2026-10-29").revised() && day(brandId, "2026-10-31").revised());
        assertTrue(day(brandId, "2026-10-30").revised(), "its window holds the 29th");
        assertFalse(store.find(brandId, null).orElseThrow().revised(), "the present is the schedule's own recompute");
    }

    private Snapshot day(String brandId, String day) {
        return store.dailyBetween(brandId, Instant.parse("2026-10-29T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")).stream()
                .filter(s -> s.localDay().toString().equals(day)).findFirst().orElseThrow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, "within 10 s");
            Thread.sleep(50);
        }
    }
}
