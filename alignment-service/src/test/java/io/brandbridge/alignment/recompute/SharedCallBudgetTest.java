package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.touchpoints.AttainmentAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.ChangesAnswer;
import io.brandbridge.alignment.clients.touchpoints.ChangesQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyAnswer;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchAnswer;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.PredicateRegistration;
import io.brandbridge.alignment.clients.touchpoints.RegisteredPredicates;
import io.brandbridge.alignment.clients.touchpoints.ContingencyQuery;
import io.brandbridge.alignment.clients.touchpoints.HandoffAnswer;
import io.brandbridge.alignment.clients.touchpoints.HandoffQuery;
import io.brandbridge.alignment.clients.touchpoints.RemoteTargetPage;
import io.brandbridge.alignment.clients.touchpoints.RemoteTouchpointPage;
import io.brandbridge.alignment.clients.touchpoints.TouchpointOperations;
import io.brandbridge.alignment.stubs.FakePromiseService;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recomputes that share call permits never have more calls in flight together than the permits allow. */
class SharedCallBudgetTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T09:17:00Z");
    private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();
    private static final int BRANDS = 4;

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void fourRecomputesSharingTwoPermitsKeepAtMostTwoCallsInFlight() throws Exception {
        Semaphore shared = new Semaphore(2, true);
        int peak = peakInFlight(brand -> shared);
        assertTrue(peak <= 2, "peak " + peak);
        assertEquals(2, peak, "the budget is used, not serialised to one call");
    }

    @Test
    void withoutSharingTheSameRecomputesExceedIt() throws Exception {
        // The control: each recompute with its own two permits goes past two, so the test above can fail.
        assertTrue(peakInFlight(brand -> new Semaphore(2, true)) > 2);
    }

    private int peakInFlight(java.util.function.Function<String, Semaphore> permitsFor) throws Exception {
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService fake = new FakeTouchpointService();
        for (int b = 0; b < BRANDS; b++) {
            String brand = "brd_" + b;
            promises.addBrand(brand, "UTC");
            for (int t = 0; t < 3; t++) {
                fake.addTouchpoint("tp" + b + t, brand, "CALL_CENTRE", "Site " + t);
                fake.addTarget("tgt" + b + t, "tp" + b + t, "handle_seconds", "LE", 180, "COST");
                fake.interactions.add(new Interaction("tp" + b + t, AS_OF.minusSeconds(60),
                        Map.of("wait_seconds", 10.0, "handle_seconds", 100.0)));
            }
            promises.addPromise(brand, FakePromiseService.promise("prm" + b, "Answered", 1, List.of("CALL_CENTRE"),
                    FakePromiseService.commitment("wait", "wait_seconds", "LE", 20, 0.8, 28, 1, 30)));
        }
        InFlight touchpoints = new InFlight(fake);
        List<Future<BrandRecomputation.Result>> runs = new ArrayList<>();
        for (int b = 0; b < BRANDS; b++) {
            String brand = "brd_" + b;
            runs.add(EXECUTOR.submit(() -> new BrandRecomputation(promises, touchpoints, EXECUTOR, permitsFor.apply(brand), StandingPredicates.forgetful()).run(brand, AS_OF)));
        }
        for (Future<BrandRecomputation.Result> run : runs) {
            run.get();
        }
        return touchpoints.peak.get();
    }

    /** Counts calls in flight; each takes a moment, so overlapping recomputes really overlap. */
    private static final class InFlight implements TouchpointOperations {

        private final TouchpointOperations delegate;
        private final AtomicInteger now = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();

        InFlight(TouchpointOperations delegate) {
            this.delegate = delegate;
        }

        private <T> T timed(Supplier<T> call) {
            peak.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
                return call.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                now.decrementAndGet();
            }
        }

        @Override
        public RemoteTouchpointPage touchpoints(String brandId, int limit, String cursor) {
            return timed(() -> delegate.touchpoints(brandId, limit, cursor));
        }

        @Override
        public Optional<RemoteTargetPage> targets(String touchpointId, int limit, String cursor) {
            return timed(() -> delegate.targets(touchpointId, limit, cursor));
        }

        @Override
        public AttainmentAnswer attainment(AttainmentQuery query) {
            return timed(() -> delegate.attainment(query));
        }

        @Override
        public ContingencyAnswer contingency(ContingencyQuery query) {
            return timed(() -> delegate.contingency(query));
        }

        @Override
        public ChangesAnswer changes(ChangesQuery query) {
            return timed(() -> delegate.changes(query));
        }

        @Override
        public AttainmentBatchAnswer attainmentBatch(AttainmentBatchQuery query) {
            return timed(() -> delegate.attainmentBatch(query));
        }

        @Override
        public ContingencyBatchAnswer contingencyBatch(ContingencyBatchQuery query) {
            return timed(() -> delegate.contingencyBatch(query));
        }

        @Override
        public RegisteredPredicates registerPredicates(PredicateRegistration registration) {
            return timed(() -> delegate.registerPredicates(registration));
        }

        @Override
        public Optional<HandoffAnswer> handoffs(HandoffQuery query) {
            return timed(() -> delegate.handoffs(query));
        }
    }
}
