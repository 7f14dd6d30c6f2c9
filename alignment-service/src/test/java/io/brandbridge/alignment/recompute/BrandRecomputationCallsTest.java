package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.promises.PromiseClientFallback;
import io.brandbridge.alignment.clients.touchpoints.AttainmentAnswer;
import io.brandbridge.alignment.clients.touchpoints.AttainmentQuery;
import io.brandbridge.alignment.clients.touchpoints.ContingencyQuery;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClientFallback;
import io.brandbridge.alignment.stubs.FakePromiseService;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
    void twentyPromisesOverTenTouchpointsNeedOneAttainmentCallPerCommitmentAndOneContingencyCallPerPair() {
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        promises.addBrand("brd_big", "Europe/Paris");
        for (int t = 0; t < 10; t++) {
            touchpoints.addTouchpoint("tp" + t, "brd_big", TYPES.get(t % 2), "Site " + t);
            touchpoints.addTarget("tgt" + t, "tp" + t, "handle_seconds", "LE", 180, "COST");
        }
        Random rnd = new Random(1);
        for (int n = 0; n < 20_000; n++) {
            touchpoints.interactions.add(new Interaction("tp" + rnd.nextInt(10), AS_OF.minusSeconds(1 + rnd.nextInt(28 * 86_400)),
                    Map.of("wait_seconds", (double) rnd.nextInt(40), "handle_seconds", (double) (60 + rnd.nextInt(300)), "resolved_first_contact", rnd.nextInt(10) < 9 ? 1.0 : 0.0)));
        }
        for (int p = 0; p < 20; p++) {
            promises.addPromise("brd_big", FakePromiseService.promise("prm" + p, "Promise " + p, 1 + p % 5, p % 4 == 0 ? List.of("CALL_CENTRE") : TYPES,
                    FakePromiseService.commitment("wait", "wait_seconds", "LE", 20 + p, 0.4, 28, 1, 30),
                    FakePromiseService.commitment("fcr", "resolved_first_contact", "EQ", 1, 0.8, 7 + p % 3, 1, 30)));
        }

        BrandRecomputation.Result result = new BrandRecomputation(promises, touchpoints, EXECUTOR, 4).run("brd_big", AS_OF);

        // 20 distinct "wait" commitments; the "fcr" ones repeat: 3 windows × 2 coverages, but promises 0, 4, 8, 12, 16 cover
        // call centres only and use windows 7, 8, 9, 7, 8 days: 3 + 3 distinct = 6 (call-centre-only 7/8 days, all 7/8/9 days... see below).
        long fcrQueries = touchpoints.calls.stream().filter(c -> c instanceof AttainmentQuery q && q.metric().equals("resolved_first_contact") && q.bucket() != null).count();
        long waitQueries = touchpoints.calls.stream().filter(c -> c instanceof AttainmentQuery q && q.metric().equals("wait_seconds") && q.bucket() != null).count();
        assertEquals(20, waitQueries, "one per distinct commitment");
        assertEquals(distinctFcrQuestions(), fcrQueries, "identical commitments share one call");
        assertEquals(10, touchpoints.callsOf(FakeTouchpointService.TargetsCall.class), "targets of each measured touchpoint");
        assertEquals(1, touchpoints.callsOf(FakeTouchpointService.TouchpointsCall.class));
        assertEquals(List.of("brand brd_big", "in-force brd_big"), promises.calls.stream().sorted().toList());
        long contingency = touchpoints.callsOf(ContingencyQuery.class);
        assertEquals(contingencyQuestions(), contingency, "one per (target, distinct commitment) at the same touchpoint");
        long subWindows = touchpoints.calls.stream().filter(c -> c instanceof AttainmentQuery q && q.bucket() == null).count();
        assertEquals(0, subWindows, "the hourly buckets settled every burn-rate sub-window");
        assertEquals(3 + 20 + fcrQueries + 10 + contingency, result.calls());
    }

    /** fcr: promise p covers call centres only when p % 4 == 0, window 7 + p % 3 days. */
    private static long distinctFcrQuestions() {
        List<String> questions = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            String question = (p % 4 == 0) + "/" + (p % 3);
            if (!questions.contains(question)) {
                questions.add(question);
            }
        }
        return questions.size();
    }

    /** Each target × each distinct commitment covering its touchpoint; wait commitments all differ. */
    private static long contingencyQuestions() {
        long pairs = 0;
        for (int t = 0; t < 10; t++) {
            boolean callCentre = t % 2 == 0;
            List<String> fcrWindows = new ArrayList<>();
            for (int p = 0; p < 20; p++) {
                boolean covers = callCentre || p % 4 != 0;
                if (covers) {
                    pairs++;
                    if (!fcrWindows.contains("w" + p % 3)) {
                        fcrWindows.add("w" + p % 3);
                    }
                }
            }
            pairs += fcrWindows.size();
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
        assertEquals(3 + 1 + 1 + 1, fast.calls(), "brand, promises, touchpoints, attainment, targets, one sub-window");
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
        return touchpoints.calls.stream().filter(c -> c instanceof AttainmentQuery q && q.bucket() == null)
                .map(c -> ((AttainmentQuery) c).from()).toList();
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
        assertEquals(0, touchpoints.callsOf(AttainmentQuery.class), "an empty window is not a question");
        assertEquals("NO_DATA", result.alignment().promises().get(0).status().name());
    }

    @Test
    void moreTouchpointsThanOneStatsCallTakesAreAskedInPartsAndAddedUp() {
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        promises.addBrand("brd_wide", "UTC");
        promises.addPromise("brd_wide", FakePromiseService.promise("prm", "Answered", 1, List.of("CALL_CENTRE"),
                FakePromiseService.commitment("answer", "answered", "EQ", 1, 0.9, 7, 1, 30)));
        int sites = BrandRecomputation.MAX_TOUCHPOINTS_PER_CALL + 20;
        for (int t = 0; t < sites; t++) {
            touchpoints.addTouchpoint("tp" + t, "brd_wide", "CALL_CENTRE", "Site " + t);
            touchpoints.interactions.add(new Interaction("tp" + t, AS_OF.minusSeconds(3_600L * (1 + t % 50)), Map.of("answered", t % 10 == 0 ? 0.0 : 1.0)));
        }
        BrandRecomputation.Result result = new BrandRecomputation(promises, touchpoints, EXECUTOR, 2).run("brd_wide", AS_OF);
        assertEquals(2, touchpoints.calls.stream().filter(c -> c instanceof AttainmentQuery q && q.bucket() != null).count());
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
            public AttainmentAnswer attainment(AttainmentQuery query) {
                return new TouchpointClientFallback().attainment(query);
            }
        };
        down.addTouchpoint("tp", "brd_x", "CALL_CENTRE", "Leeds");
        DependencyOutage outage = assertThrows(DependencyOutage.class, () -> new BrandRecomputation(promises, down, EXECUTOR, 2).run("brd_x", AS_OF));
        assertEquals("touchpoint-service", outage.dependency());

        FakeTouchpointService failing = new FakeTouchpointService() {
            @Override
            public AttainmentAnswer attainment(AttainmentQuery query) {
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
