package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.promises.RemoteCommitment;
import io.brandbridge.alignment.clients.promises.RemotePromise;
import io.brandbridge.alignment.clients.promises.RemoteWindow;
import io.brandbridge.alignment.clients.touchpoints.PredicateRegistration;
import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Conflict;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.scoring.TouchpointAlignment;
import io.brandbridge.alignment.stubs.FakePromiseService;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One small brand whose every figure is worked out by hand below.
 *
 * <p>Leeds (call centre, target handle ≤ 180 s): 40 calls on 30 October. 20 short calls (150 s, all waited
 * 30 s, 8 resolved first time), 20 long calls (300 s, 16 waited 30 s and 4 waited 90 s, 18 resolved).
 * Cardiff (call centre): 10 calls, all waited 20 s, all resolved. The van fleet (delivery): 10 deliveries
 * on 1 November, 9 in 20 h and 1 in 30 h, plus 8 late ones on 31 October, before the calendar month.
 */
class HandBuiltScenarioTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T09:30:00Z");
    private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();
    private static BrandRecomputation.Result result;
    private static BrandAlignment alignment;
    private static FakeTouchpointService touchpointCalls;

    @BeforeAll
    static void recompute() {
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        promises.addBrand("brd_hand", "Europe/London");
        touchpoints.addTouchpoint("tpA", "brd_hand", "CALL_CENTRE", "Leeds");
        touchpoints.addTouchpoint("tpB", "brd_hand", "CALL_CENTRE", "Cardiff");
        touchpoints.addTouchpoint("tpD", "brd_hand", "DELIVERY", "Van fleet");
        touchpoints.addTarget("tgtA", "tpA", "handle_seconds", "LE", 180, "COST");

        List<Interaction> i = touchpoints.interactions;
        Instant day = Instant.parse("2026-10-30T10:00:00Z");
        for (int n = 0; n < 20; n++) {
            i.add(call("tpA", day.plusSeconds(n * 60), 150, 30, n < 8));
        }
        for (int n = 0; n < 20; n++) {
            i.add(call("tpA", day.plusSeconds(3_600 + n * 60), 300, n < 16 ? 30 : 90, n < 18));
        }
        for (int n = 0; n < 10; n++) {
            i.add(call("tpB", day.plusSeconds(7_200 + n * 60), 100, 20, true));
        }
        i.add(call("tpB", Instant.parse("2026-10-25T09:29:59Z"), 100, 500, false));
        i.add(call("tpB", AS_OF, 100, 500, false));
        for (int n = 0; n < 10; n++) {
            i.add(new Interaction("tpD", Instant.parse("2026-11-01T01:00:00Z").plusSeconds(n * 60), Map.of("delivery_hours", n < 9 ? 20.0 : 30.0)));
        }
        for (int n = 0; n < 8; n++) {
            i.add(new Interaction("tpD", Instant.parse("2026-10-31T12:00:00Z"), Map.of("delivery_hours", 48.0)));
        }

        promises.addPromise("brd_hand", new RemotePromise("prm_call", "brd_hand", "Answered and sorted", List.of("CALL_CENTRE"), 3, "ACTIVE", 2, List.of(
                rolling("answer", "wait_seconds", "LE", 60, 0.9, 7, 1.0, 10),
                rolling("fcr", "resolved_first_contact", "EQ", 1, 0.8, 7, 2.0, 10))));
        promises.addPromise("brd_hand", new RemotePromise("prm_van", "brd_hand", "Next-day delivery", List.of("DELIVERY"), 1, "ACTIVE", 1, List.of(
                new RemoteCommitment("nextday", "delivery_hours", "LE", 24.0, 0.95, new RemoteWindow("CALENDAR_MONTH", null), 1.0, 5))));
        promises.addPromise("brd_hand", new RemotePromise("prm_box", "brd_hand", "Tidy parcels", List.of("PACKAGING"), 5, "ACTIVE", 1, List.of(
                rolling("tidy", "damaged", "EQ", 0, 0.99, 28, 1.0, 30))));

        result = new BrandRecomputation(promises, touchpoints, EXECUTOR, 2).run("brd_hand", AS_OF);
        touchpointCalls = touchpoints;
        alignment = result.alignment();
    }

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void answeredWithinAMinuteIsKeptExactlyAtTheObjectiveInLeeds() {
        CommitmentAlignment answer = commitment("prm_call", "answer");
        assertEquals(Instant.parse("2026-10-25T09:30:00Z"), answer.from());
        assertEquals(AS_OF, answer.to());
        // Pooled: 46 of 50 within 60 s = 0.92 ≥ 0.9; allowed 0.1 · 50 = 5, 4 bad → 1 − 4/5 = 0.2 left.
        assertFigures(answer.valid(), answer.good(), answer.attainment(), answer.allowedBad(), answer.budgetRemaining(), answer.brokenPromises(),
                answer.excessBroken(), answer.score(), 50, 46, 0.92, 5.0, 0.2, 4, 0.0, 100.0);
        assertEquals(Status.KEPT, answer.status());
        assertEquals(BurnAlert.NONE, answer.burnAlert());
        assertEquals(0.08 / 0.1, answer.burnRate(), 1e-12);
        // Leeds: 36 of 40 = 0.9 exactly: kept, allowed 4, all spent.
        TouchpointAlignment leeds = row(answer, "tpA");
        assertFigures(leeds.valid(), leeds.good(), leeds.attainment(), leeds.allowedBad(), leeds.budgetRemaining(), leeds.brokenPromises(),
                leeds.excessBroken(), leeds.score(), 40, 36, 0.9, 4.0, 0.0, 4, 0.0, 100.0);
        assertEquals(Status.KEPT, leeds.status());
        TouchpointAlignment cardiff = row(answer, "tpB");
        assertFigures(cardiff.valid(), cardiff.good(), cardiff.attainment(), cardiff.allowedBad(), cardiff.budgetRemaining(), cardiff.brokenPromises(),
                cardiff.excessBroken(), cardiff.score(), 10, 10, 1.0, 1.0, 1.0, 0, 0.0, 100.0);
        // Spread 1.0 − 0.9 = 0.1: not flagged.
        assertEquals(2, answer.consistency().touchpointsCompared());
        assertEquals(0.1, answer.consistency().spread(), 1e-12);
        assertFalse(answer.consistency().flagged());
    }

    @Test
    void firstContactResolutionIsBrokenByLeeds() {
        CommitmentAlignment fcr = commitment("prm_call", "fcr");
        // Pooled: 36 of 50 = 0.72 < 0.8; allowed 10, 14 bad → 1 − 1.4 = −0.4, 4 beyond budget, score 100 · 0.72 / 0.8 = 90.
        assertFigures(fcr.valid(), fcr.good(), fcr.attainment(), fcr.allowedBad(), fcr.budgetRemaining(), fcr.brokenPromises(),
                fcr.excessBroken(), fcr.score(), 50, 36, 0.72, 10.0, -0.4, 14, 4.0, 90.0);
        assertEquals(Status.BROKEN, fcr.status());
        assertNull(fcr.burnAlert(), "burn rates are only judged for kept commitments");
        // Leeds: 26 of 40 = 0.65; allowed 8, 14 bad → 1 − 14/8 = −0.75, 6 beyond, score 81.25.
        TouchpointAlignment leeds = row(fcr, "tpA");
        assertFigures(leeds.valid(), leeds.good(), leeds.attainment(), leeds.allowedBad(), leeds.budgetRemaining(), leeds.brokenPromises(),
                leeds.excessBroken(), leeds.score(), 40, 26, 0.65, 8.0, -0.75, 14, 6.0, 81.25);
        assertEquals(Status.BROKEN, leeds.status());
        assertEquals(Status.KEPT, row(fcr, "tpB").status());
        // Spread 1.0 − 0.65 = 0.35 > 0.15: flagged, Cardiff best, Leeds worst.
        assertEquals(0.35, fcr.consistency().spread(), 1e-12);
        assertTrue(fcr.consistency().flagged());
        assertEquals("tpB", fcr.consistency().bestTouchpointId());
        assertEquals("tpA", fcr.consistency().worstTouchpointId());
    }

    @Test
    void promiseScoreWeighsCommitmentsAndStatusIsTheWorst() {
        PromiseAlignment call = promise("prm_call");
        assertEquals((100.0 * 1 + 90.0 * 2) / 3, call.score(), 1e-12);
        assertEquals(Status.BROKEN, call.status());
        assertEquals(2, call.version());
    }

    @Test
    void nextDayDeliveryCountsOnlyThisCalendarMonthInLondon() {
        CommitmentAlignment nextDay = commitment("prm_van", "nextday");
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), nextDay.from(), "1 November 00:00 GMT");
        // 9 of 10 = 0.9 < 0.95; allowed 0.5, 1 bad → 1 − 2 = −1, 0.5 beyond budget, score 100 · 0.9 / 0.95.
        assertFigures(nextDay.valid(), nextDay.good(), nextDay.attainment(), nextDay.allowedBad(), nextDay.budgetRemaining(), nextDay.brokenPromises(),
                nextDay.excessBroken(), nextDay.score(), 10, 9, 0.9, 0.5, -1.0, 1, 0.5, 90.0 / 0.95);
        assertEquals(Status.BROKEN, nextDay.status());
        assertEquals(90.0 / 0.95, promise("prm_van").score(), 1e-12);
    }

    @Test
    void aPromiseWithoutTouchpointsHasNoDataAndNoScore() {
        PromiseAlignment box = promise("prm_box");
        assertNull(box.score());
        assertEquals(Status.NO_DATA, box.status());
        CommitmentAlignment tidy = box.commitments().get(0);
        assertEquals(0, tidy.valid());
        assertNull(tidy.attainment());
        assertTrue(tidy.touchpoints().isEmpty());
    }

    @Test
    void brandIndexWeighsPromisesWithDataByPriority() {
        // (280/3 · 3 + 1800/19 · 1) / (3 + 1) = 1780/19; the parcel promise (priority 5) has no data.
        assertEquals(1780.0 / 19, alignment.index(), 1e-12);
    }

    @Test
    void gapsAreRankedByCustomersLetDownBeyondTheBudget() {
        List<Gap> gaps = alignment.gaps();
        assertEquals(2, gaps.size());
        assertEquals(List.of("prm_call", "fcr", "tpA"), List.of(gaps.get(0).promiseId(), gaps.get(0).commitmentKey(), gaps.get(0).touchpointId()));
        assertEquals(6.0, gaps.get(0).excessBroken(), 1e-12);
        assertEquals(List.of("prm_van", "nextday", "tpD"), List.of(gaps.get(1).promiseId(), gaps.get(1).commitmentKey(), gaps.get(1).touchpointId()));
        assertEquals(0.5, gaps.get(1).excessBroken(), 1e-12);
    }

    @Test
    void theHandleTimeTargetConflictsWithFirstContactResolutionOnly() {
        assertEquals(1, alignment.conflicts().size(), "short calls wait less, so the target does not conflict with answering");
        Conflict conflict = alignment.conflicts().get(0);
        assertEquals("tgtA", conflict.target().id());
        assertEquals("fcr", conflict.commitment().key());
        assertEquals(8, conflict.table().metKept());
        assertEquals(12, conflict.table().metBroken());
        assertEquals(18, conflict.table().missedKept());
        assertEquals(2, conflict.table().missedBroken());
        assertEquals(0.4, conflict.p1(), 1e-12);
        assertEquals(0.9, conflict.p0(), 1e-12);
        // Pooled 26/40 = 0.65: z = −0.5 / √(0.65 · 0.35 · (1/20 + 1/20)).
        assertEquals(-0.5 / Math.sqrt(0.65 * 0.35 * 0.1), conflict.z(), 1e-12);
        assertEquals("calls that met the 180 s handle-time target were resolved first time 40% of the time, longer calls 90%", conflict.sentence());
    }

    @Test
    void itTookFifteenCallsOfWhichThreeRegisterStandingPredicatesAndOneAsksForTheHandoffMatrix() {
        // brand, promises in force, touchpoints; 3 attainment batches (the parcel promise has no touchpoint); targets of
        // Leeds, Cardiff and the van fleet; 2 contingency batches (the target × each call-centre commitment): 11, as before
        // batches, since every predicate here has one window. Registering: the call centres' two conditions, the van fleet's
        // one, and Leeds' two pairs, one registration per set of touchpoints: 3 more, which a remembered registration saves.
        assertEquals(3, touchpointCalls.callsOf(PredicateRegistration.class));
        // And one question for the brand's handoff matrix.
        assertEquals(11 + 3 + 1, result.calls());
    }

    private static Interaction call(String touchpoint, Instant at, double handle, double wait, boolean resolved) {
        return new Interaction(touchpoint, at, Map.of("handle_seconds", handle, "wait_seconds", wait, "resolved_first_contact", resolved ? 1.0 : 0.0));
    }

    private static RemoteCommitment rolling(String key, String metric, String op, double threshold, double objective, int days, double weight, int minSample) {
        return new RemoteCommitment(key, metric, op, threshold, objective, new RemoteWindow("ROLLING_DAYS", days), weight, minSample);
    }

    private static PromiseAlignment promise(String id) {
        return alignment.promises().stream().filter(p -> p.promiseId().equals(id)).findFirst().orElseThrow();
    }

    private static CommitmentAlignment commitment(String promiseId, String key) {
        return promise(promiseId).commitments().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private static TouchpointAlignment row(CommitmentAlignment c, String touchpointId) {
        return c.touchpoints().stream().filter(t -> t.touchpointId().equals(touchpointId)).findFirst().orElseThrow();
    }

    private static void assertFigures(long valid, long good, Double attainment, double allowedBad, Double budgetRemaining, long broken, double excess,
                                      Double score, long eValid, long eGood, double eAttainment, double eAllowed, double eRemaining, long eBroken,
                                      double eExcess, double eScore) {
        assertEquals(eValid, valid, "valid");
        assertEquals(eGood, good, "good");
        assertEquals(eAttainment, attainment, 1e-12, "attainment");
        assertEquals(eAllowed, allowedBad, 1e-12, "allowedBad");
        assertEquals(eRemaining, budgetRemaining, 1e-12, "budgetRemaining");
        assertEquals(eBroken, broken, "brokenPromises");
        assertEquals(eExcess, excess, 1e-12, "excessBroken");
        assertEquals(eScore, score, 1e-9, "score");
    }
}
