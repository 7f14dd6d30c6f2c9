package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.DependencyOutage;
import io.brandbridge.alignment.clients.promises.PromiseClientFallback;
import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyBatchQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyQuery;
import io.brandbridge.alignment.clients.touchpoints.HandoffQuery;
import io.brandbridge.alignment.clients.touchpoints.PredicateRegistration;
import io.brandbridge.alignment.clients.touchpoints.RegisteredPredicates;
import io.brandbridge.alignment.clients.touchpoints.StatsCondition;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClientFallback;
import io.brandbridge.alignment.clients.touchpoints.TouchpointReads;
import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.stubs.FakePromiseService;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.brandbridge.defaults.testing.MutableClock;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A recompute asks each question once: the number and kind of calls it makes. */
class BrandRecomputationCallsTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T09:17:00Z");
    private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();
    private static final List<String> TYPES = List.of("CALL_CENTRE", "CHAT");

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void twentyPromisesOverTenTouchpointsNeedOneAttainmentBatchPerPredicateAndOneContingencyBatchPerPair() {
        FakePromiseService promises = bigBrand();
        FakeTouchpointService touchpoints = bigBrandTouchpoints();
        MutableClock clock = new MutableClock(AS_OF);
        StandingPredicates standing = new StandingPredicates(Duration.ofHours(1), clock);

        BrandRecomputation.Result result = new BrandRecomputation(promises, touchpoints, EXECUTOR, new Semaphore(4, true), standing).run("brd_big", AS_OF);

        // 20 distinct "wait" predicates (each threshold differs), one window each. The "fcr" commitments share one condition over two
        // coverages (promises 0, 4, 8, 12, 16 cover call centres only): two predicates, each asked for its 3 windows (7, 8, 9 days) at once.
        assertEquals(20, batches(touchpoints, "wait_seconds").size(), "one per distinct predicate");
        List<AttainmentBatchQuery> fcr = batches(touchpoints, "resolved_first_contact");
        assertEquals(2, fcr.size(), "one per distinct predicate, whatever its windows");
        assertEquals(List.of(3, 3), fcr.stream().map(q -> q.windows().size()).toList());
        assertEquals(10, touchpoints.callsOf(FakeTouchpointService.TargetsCall.class), "targets of each measured touchpoint");
        assertEquals(1, touchpoints.callsOf(FakeTouchpointService.TouchpointsCall.class));
        assertEquals(List.of("brand brd_big", "in-force brd_big"), promises.calls.stream().sorted().toList());
        long contingency = touchpoints.callsOf(ContingencyBatchQuery.class);
        assertEquals(contingencyPairs(), contingency, "one per (touchpoint, target, commitment condition), with all its windows");
        assertEquals(0, touchpoints.calls.stream().filter(c -> c instanceof AttainmentBatchQuery q && q.windows().get(0).bucket() == null).count(),
                "the hourly buckets settled every burn-rate sub-window");
        assertEquals(0, touchpoints.callsOf(AttainmentQuery.class) + touchpoints.callsOf(ContingencyQuery.class), "no single-window question");
        // Attainment: the 10 touchpoints (15 wait conditions and fcr) and the 5 call centres (5 and fcr); pairs: the same two sets.
        assertEquals(4, touchpoints.callsOf(PredicateRegistration.class));
        assertEquals(1, touchpoints.callsOf(HandoffQuery.class), "one handoff matrix over all the touchpoints");
        assertEquals(3 + 10 + 4 + 1 + 22 + contingency, result.calls());
        // Before one plan per recompute: 3 + 26 attainment + 10 targets + 205 contingency = 244 calls; the handoff matrix adds 1.
        assertEquals(225, result.calls());

        // Registered a moment ago: the next recompute registers nothing; once the memory has passed, it registers again.
        touchpoints.calls.clear();
        clock.advance(Duration.ofMinutes(5));
        BrandRecomputation.Result again = new BrandRecomputation(promises, touchpoints, EXECUTOR, new Semaphore(4, true), standing).run("brd_big", AS_OF);
        assertEquals(0, touchpoints.callsOf(PredicateRegistration.class));
        assertEquals(221, again.calls());
        assertEquals(result.alignment(), again.alignment());
        clock.advance(Duration.ofHours(1));
        new BrandRecomputation(promises, touchpoints, EXECUTOR, new Semaphore(4, true), standing).run("brd_big", AS_OF);
        assertEquals(4, touchpoints.callsOf(PredicateRegistration.class));
    }

    @Test
    void whatIsRegisteredIsEachCommitmentConditionAtItsTouchpointsAndEachTargetPairedWithEachCommitmentAtTheTargetsTouchpoint() {
        FakeTouchpointService touchpoints = bigBrandTouchpoints();
        new BrandRecomputation(bigBrand(), touchpoints, EXECUTOR, 4).run("brd_big", AS_OF);
        Set<String> registered = new TreeSet<>();
        for (Object call : touchpoints.calls) {
            if (call instanceof PredicateRegistration r) {
                for (String t : r.touchpointIds()) {
                    r.attainment().forEach(c -> registered.add(t + " " + c.metric() + " " + c.op() + " " + c.threshold()));
                    r.pairs().forEach(pair -> registered.add(t + " " + pair.a().metric() + " " + pair.a().threshold() + " × " + pair.b().metric() + " " + pair.b().threshold()));
                }
            }
        }
        Set<String> expected = new TreeSet<>();
        for (int t = 0; t < 10; t++) {
            for (int p = 0; p < 20; p++) {
                if (t % 2 == 0 || p % 4 != 0) {
                    expected.add("tp" + t + " wait_seconds LE " + (double) (20 + p));
                    expected.add("tp" + t + " resolved_first_contact EQ 1.0");
                    expected.add("tp" + t + " handle_seconds 180.0 × wait_seconds " + (double) (20 + p));
                    expected.add("tp" + t + " handle_seconds 180.0 × resolved_first_contact 1.0");
                }
            }
        }
        assertEquals(expected, registered);
    }

    @Test
    void aFailedRegistrationIsLoggedAndTheRecomputeGoesOnWithTheSameFigures() {
        FakeTouchpointService refusing = new FakeTouchpointService() {
            @Override
            public RegisteredPredicates registerPredicates(PredicateRegistration registration) {
                calls.add(registration);
                throw new HttpClientResponseException("Not Found", HttpResponse.notFound());
            }
        };
        FakeTouchpointService down = new FakeTouchpointService() {
            @Override
            public RegisteredPredicates registerPredicates(PredicateRegistration registration) {
                calls.add(registration);
                return new TouchpointClientFallback().registerPredicates(registration);
            }
        };
        FakeTouchpointService up = bigBrandTouchpoints();
        BrandAlignment expected = new BrandRecomputation(bigBrand(), up, EXECUTOR, 4).run("brd_big", AS_OF).alignment();
        StandingPredicates standing = new StandingPredicates(Duration.ofHours(1), new MutableClock(AS_OF));
        for (FakeTouchpointService failing : List.of(refusing, down)) {
            copy(up, failing);
            assertEquals(expected, new BrandRecomputation(bigBrand(), failing, EXECUTOR, new Semaphore(4, true), standing).run("brd_big", AS_OF).alignment());
            assertEquals(4, failing.callsOf(PredicateRegistration.class));
        }
        assertEquals(4, standing.missing("brd_big", List.of(new StandingPredicates.Standing("tp0", new StatsCondition("wait_seconds", "LE", 20), null),
                new StandingPredicates.Standing("tp1", new StatsCondition("wait_seconds", "LE", 21), null),
                new StandingPredicates.Standing("tp2", new StatsCondition("wait_seconds", "LE", 22), null),
                new StandingPredicates.Standing("tp3", new StatsCondition("wait_seconds", "LE", 23), null))).size(), "what failed is not remembered");
    }

    private static FakePromiseService bigBrand() {
        FakePromiseService promises = new FakePromiseService();
        promises.addBrand("brd_big", "Europe/Paris");
        for (int p = 0; p < 20; p++) {
            promises.addPromise("brd_big", FakePromiseService.promise("prm" + p, "Promise " + p, 1 + p % 5, p % 4 == 0 ? List.of("CALL_CENTRE") : TYPES,
                    FakePromiseService.commitment("wait", "wait_seconds", "LE", 20 + p, 0.4, 28, 1, 30),
                    FakePromiseService.commitment("fcr", "resolved_first_contact", "EQ", 1, 0.8, 7 + p % 3, 1, 30)));
        }
        return promises;
    }

    private static FakeTouchpointService bigBrandTouchpoints() {
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        for (int t = 0; t < 10; t++) {
            touchpoints.addTouchpoint("tp" + t, "brd_big", TYPES.get(t % 2), "Site " + t);
            touchpoints.addTarget("tgt" + t, "tp" + t, "handle_seconds", "LE", 180, "COST");
        }
        Random rnd = new Random(1);
        for (int n = 0; n < 20_000; n++) {
            touchpoints.interactions.add(new Interaction("tp" + rnd.nextInt(10), AS_OF.minusSeconds(1 + rnd.nextInt(28 * 86_400)),
                    Map.of("wait_seconds", (double) rnd.nextInt(40), "handle_seconds", (double) (60 + rnd.nextInt(300)), "resolved_first_contact", rnd.nextInt(10) < 9 ? 1.0 : 0.0)));
        }
        return touchpoints;
    }

    private static void copy(FakeTouchpointService from, FakeTouchpointService to) {
        to.touchpoints.addAll(from.touchpoints);
        to.targets.putAll(from.targets);
        to.interactions.addAll(from.interactions);
    }

    private static List<AttainmentBatchQuery> batches(FakeTouchpointService touchpoints, String metric) {
        return touchpoints.calls.stream().filter(c -> c instanceof AttainmentBatchQuery q && q.metric().equals(metric) && q.windows().get(0).bucket() != null)
                .map(AttainmentBatchQuery.class::cast).toList();
    }

    /** Each touchpoint's target × each distinct commitment condition measured there: wait conditions all differ, fcr is one. */
    private static long contingencyPairs() {
        long pairs = 0;
        for (int t = 0; t < 10; t++) {
            boolean callCentre = t % 2 == 0;
            for (int p = 0; p < 20; p++) {
                if (callCentre || p % 4 != 0) {
                    pairs++;
                }
            }
            pairs++;
        }
        return pairs;
    }

    @Test
    void aBurnRateSubWindowIsAskedForOnlyWhenItsBucketCannotSettleIt() {
        // 30-day window, asOf 09:17: fast windows are the last hour and 5 minutes, slow ones the last 6 hours and 30 minutes.
        // Failures at 08:05 only: the empty 09:00 bucket settles the fast short window (no burn, so no fast alert) and the
        // 04:00–09:00 buckets settle the slow long one (burning); the 08:00 bucket straddles 08:47, so that window is asked for.
        FakeTouchpointService touchpoints = burnScenario();
        BrandRecomputation.Result quiet = new BrandRecomputation(promisesFor("brd_burn"), touchpoints, EXECUTOR, 2).run("brd_burn", AS_OF);
        assertEquals(List.of(Instant.parse("2026-11-01T08:47:00Z")), subWindowStarts(touchpoints));
        assertEquals("NONE", quiet.alignment().promises().get(0).commitments().get(0).burnAlert().name(), "the last 30 minutes were clean");

        // Three more failures at 09:15: the 09:00 bucket now settles the last hour (3 of 3 bad) but not the last 5 minutes.
        FakeTouchpointService burning = burnScenario();
        for (int n = 0; n < 3; n++) {
            burning.interactions.add(new Interaction("tp", Instant.parse("2026-11-01T09:15:00Z"), Map.of("answered", 0.0)));
        }
        BrandRecomputation.Result fast = new BrandRecomputation(promisesFor("brd_burn"), burning, EXECUTOR, 2).run("brd_burn", AS_OF);
        assertEquals(List.of(Instant.parse("2026-11-01T09:12:00Z")), subWindowStarts(burning));
        assertEquals("FAST", fast.alignment().promises().get(0).commitments().get(0).burnAlert().name());
        assertEquals(3 + 1 + 1 + 1 + 1 + 1, fast.calls(), "brand, promises, touchpoints; targets, registration, handoffs; attainment; one sub-window batch");
    }

    private static FakeTouchpointService burnScenario() {
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        touchpoints.addTouchpoint("tp", "brd_burn", "CALL_CENTRE", "Leeds");
        for (int n = 0; n < 5_000; n++) {
            touchpoints.interactions.add(new Interaction("tp", AS_OF.minusSeconds(86_400 + n * 300L), Map.of("answered", 1.0)));
        }
        for (int n = 0; n < 20; n++) {
            touchpoints.interactions.add(new Interaction("tp", Instant.parse("2026-11-01T08:05:00Z"), Map.of("answered", 0.0)));
        }
        return touchpoints;
    }

    private static FakePromiseService promisesFor(String brandId) {
        FakePromiseService promises = new FakePromiseService();
        promises.addBrand(brandId, "UTC");
        promises.addPromise(brandId, FakePromiseService.promise("prm", "Answered", 1, List.of("CALL_CENTRE"),
                FakePromiseService.commitment("answer", "answered", "EQ", 1, 0.99, 30, 1, 30)));
        return promises;
    }

    private static List<Instant> subWindowStarts(FakeTouchpointService touchpoints) {
        return touchpoints.calls.stream().filter(c -> c instanceof AttainmentBatchQuery q && q.windows().get(0).bucket() == null)
                .flatMap(c -> ((AttainmentBatchQuery) c).windows().stream().map(AttainmentBatchQuery.Window::from)).toList();
    }

    @Test
    void atTheFirstInstantOfACalendarMonthNothingIsAskedAndThereIsNoData() {
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        promises.addBrand("brd_month", "UTC");
        touchpoints.addTouchpoint("tp", "brd_month", "CALL_CENTRE", "Leeds");
        promises.addPromise("brd_month", new io.brandbridge.alignment.clients.promises.RemotePromise("prm", "brd_month", "Monthly", List.of("CALL_CENTRE"), 1, "ACTIVE", 1,
                List.of(new io.brandbridge.alignment.clients.promises.RemoteCommitment("answer", "answered", "EQ", 1.0, 0.9,
                        new io.brandbridge.alignment.clients.promises.RemoteWindow("CALENDAR_MONTH", null), 1.0, 1))));
        touchpoints.interactions.add(new Interaction("tp", Instant.parse("2026-10-31T23:59:59Z"), Map.of("answered", 1.0)));
        BrandRecomputation.Result result = new BrandRecomputation(promises, touchpoints, EXECUTOR, 2).run("brd_month", Instant.parse("2026-11-01T00:00:00Z"));
        assertEquals(0, touchpoints.callsOf(AttainmentBatchQuery.class), "an empty window is not a question");
        assertEquals(0, touchpoints.callsOf(PredicateRegistration.class), "nor is anything registered for it");
        assertEquals("NO_DATA", result.alignment().promises().get(0).status().name());
    }

    @Test
    void moreTouchpointsThanOneStatsCallTakesAreAskedInPartsAndAddedUp() {
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        promises.addBrand("brd_wide", "UTC");
        promises.addPromise("brd_wide", FakePromiseService.promise("prm", "Answered", 1, List.of("CALL_CENTRE"),
                FakePromiseService.commitment("answer", "answered", "EQ", 1, 0.9, 7, 1, 30)));
        int sites = TouchpointReads.MAX_TOUCHPOINTS_PER_CALL + 20;
        for (int t = 0; t < sites; t++) {
            touchpoints.addTouchpoint("tp" + t, "brd_wide", "CALL_CENTRE", "Site " + t);
            touchpoints.interactions.add(new Interaction("tp" + t, AS_OF.minusSeconds(3_600L * (1 + t % 50)), Map.of("answered", t % 10 == 0 ? 0.0 : 1.0)));
        }
        BrandRecomputation.Result result = new BrandRecomputation(promises, touchpoints, EXECUTOR, 2).run("brd_wide", AS_OF);
        assertEquals(2, touchpoints.calls.stream().filter(c -> c instanceof AttainmentBatchQuery q && q.windows().get(0).bucket() != null).count());
        assertEquals(List.of(500, 20), touchpoints.calls.stream().filter(PredicateRegistration.class::isInstance)
                .map(c -> ((PredicateRegistration) c).touchpointIds().size()).toList(), "registered in parts too");
        var commitment = result.alignment().promises().get(0).commitments().get(0);
        assertEquals(sites, commitment.valid());
        assertEquals(sites - 52, commitment.good());
        assertEquals(sites, commitment.touchpoints().size());
    }

    @Test
    void aFallbackAnswerOrAFailedCallIsAnOutage() {
        FakePromiseService promises = new FakePromiseService();
        promises.addBrand("brd_x", "UTC");
        promises.addPromise("brd_x", FakePromiseService.promise("prm", "Answered", 1, List.of("CALL_CENTRE"),
                FakePromiseService.commitment("answer", "answered", "EQ", 1, 0.99, 30, 1, 30)));
        FakeTouchpointService down = new FakeTouchpointService() {
            @Override
            public AttainmentBatchAnswer attainmentBatch(AttainmentBatchQuery query) {
                return new TouchpointClientFallback().attainmentBatch(query);
            }
        };
        down.addTouchpoint("tp", "brd_x", "CALL_CENTRE", "Leeds");
        DependencyOutage outage = assertThrows(DependencyOutage.class, () -> new BrandRecomputation(promises, down, EXECUTOR, 2).run("brd_x", AS_OF));
        assertEquals("touchpoint-service", outage.dependency());

        FakeTouchpointService failing = new FakeTouchpointService() {
            @Override
            public AttainmentBatchAnswer attainmentBatch(AttainmentBatchQuery query) {
                throw new DependencyUnavailableException("touchpoint-service", "circuit open", null);
            }
        };
        failing.addTouchpoint("tp", "brd_x", "CALL_CENTRE", "Leeds");
        assertEquals("touchpoint-service", assertThrows(DependencyOutage.class, () -> new BrandRecomputation(promises, failing, EXECUTOR, 2).run("brd_x", AS_OF)).dependency());

        FakePromiseService promisesDown = new FakePromiseService() {
            @Override
            public java.util.Optional<io.brandbridge.alignment.clients.promises.InForcePromises> inForce(String brandId, Instant at) {
                return new PromiseClientFallback().inForce(brandId, at);
            }
        };
        promisesDown.addBrand("brd_x", "UTC");
        assertEquals("promise-service", assertThrows(DependencyOutage.class,
                () -> new BrandRecomputation(promisesDown, new FakeTouchpointService(), EXECUTOR, 2).run("brd_x", AS_OF)).dependency());
    }

    @Test
    void aBrandPromiseServiceDoesNotKnowIsUnknown() {
        assertThrows(UnknownBrand.class, () -> new BrandRecomputation(new FakePromiseService(), new FakeTouchpointService(), EXECUTOR, 2).run("brd_nope", AS_OF));
    }
}
