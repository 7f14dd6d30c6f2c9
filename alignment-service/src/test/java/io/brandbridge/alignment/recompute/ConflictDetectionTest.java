package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.Conflict;
import io.brandbridge.alignment.stubs.FakePromiseService;
import io.brandbridge.alignment.stubs.FakeTouchpointService;
import io.brandbridge.alignment.stubs.Interaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Incentive conflicts found from raw call records, end to end through a recompute. */
class ConflictDetectionTest {

    private static final Instant AS_OF = Instant.parse("2026-11-01T09:00:00Z");
    private static final ExecutorService EXECUTOR = Executors.newVirtualThreadPerTaskExecutor();

    @AfterAll
    static void stop() {
        EXECUTOR.shutdownNow();
    }

    @Test
    void callsMeetingTheHandleTimeTargetAreResolvedFirstTimeLessOften() {
        // 600 calls within 180 s, 348 resolved first time (58%); 400 longer calls, 332 resolved (83%).
        List<Interaction> calls = new ArrayList<>();
        addCalls(calls, 348, 120, true);
        addCalls(calls, 252, 150, false);
        addCalls(calls, 332, 420, true);
        addCalls(calls, 68, 300, false);
        Collections.shuffle(calls, new Random(1));

        BrandAlignment alignment = recompute(calls);

        assertEquals(1, alignment.conflicts().size());
        Conflict conflict = alignment.conflicts().get(0);
        assertEquals(600, conflict.met());
        assertEquals(400, conflict.missed());
        assertEquals(0.58, conflict.p1(), 1e-12);
        assertEquals(0.83, conflict.p0(), 1e-12);
        double pooled = 680.0 / 1000;
        double z = (0.58 - 0.83) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 600 + 1.0 / 400));
        assertEquals(z, conflict.z(), 1e-12);
        assertEquals(-8.30, conflict.z(), 0.01);
        assertEquals("calls that met the 180 s handle-time target were resolved first time 58% of the time, longer calls 83%", conflict.sentence());
        assertEquals("COST", conflict.target().kind());
        assertEquals(AS_OF.minusSeconds(28 * 86_400L), conflict.from());
    }

    @Test
    void resolutionUnrelatedToHandleTimeIsNoConflict() {
        List<Interaction> calls = new ArrayList<>();
        addCalls(calls, 420, 120, true);
        addCalls(calls, 180, 150, false);
        addCalls(calls, 280, 420, true);
        addCalls(calls, 120, 300, false);
        assertTrue(recompute(calls).conflicts().isEmpty(), "70% either way");

        Random rnd = new Random(42);
        List<Interaction> random = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            addCalls(random, 1, 60 + rnd.nextInt(300), rnd.nextInt(10) < 7);
        }
        assertTrue(recompute(random).conflicts().isEmpty(), "handle time and resolution drawn independently");
    }

    @Test
    void longerCallsBeingResolvedLessOftenIsNoConflict() {
        List<Interaction> calls = new ArrayList<>();
        addCalls(calls, 500, 120, true);
        addCalls(calls, 100, 150, false);
        addCalls(calls, 200, 420, true);
        addCalls(calls, 200, 300, false);
        assertTrue(recompute(calls).conflicts().isEmpty(), "the target helps the promise here");
    }

    private static BrandAlignment recompute(List<Interaction> calls) {
        FakePromiseService promises = new FakePromiseService();
        FakeTouchpointService touchpoints = new FakeTouchpointService();
        promises.addBrand("brd_c", "UTC");
        touchpoints.addTouchpoint("tp_leeds", "brd_c", "CALL_CENTRE", "Leeds");
        touchpoints.addTarget("tgt_aht", "tp_leeds", "handle_seconds", "LE", 180, "COST");
        promises.addPromise("brd_c", FakePromiseService.promise("prm_fcr", "Sorted first time", 5, List.of("CALL_CENTRE"),
                FakePromiseService.commitment("fcr", "resolved_first_contact", "EQ", 1, 0.8, 28, 1, 30)));
        touchpoints.interactions.addAll(calls);
        return new BrandRecomputation(promises, touchpoints, EXECUTOR, 2).run("brd_c", AS_OF).alignment();
    }

    private static void addCalls(List<Interaction> calls, int n, double handleSeconds, boolean resolved) {
        for (int i = 0; i < n; i++) {
            calls.add(new Interaction("tp_leeds", AS_OF.minusSeconds(3_600L * (1 + calls.size() % 500)),
                    Map.of("handle_seconds", handleSeconds, "resolved_first_contact", resolved ? 1.0 : 0.0)));
        }
    }
}
