package io.brandbridge.alignment.scoring;

import io.brandbridge.alignment.stubs.BruteForce;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsistencyTest {

    @Test
    void spreadAndFlagMatchBruteForceOverRandomTouchpoints() {
        Random rnd = new Random(3);
        int flagged = 0;
        for (int i = 0; i < 20_000; i++) {
            int minSample = 1 + rnd.nextInt(40);
            Map<String, Counts> byTouchpoint = new LinkedHashMap<>();
            for (int t = rnd.nextInt(6); t > 0; t--) {
                long valid = rnd.nextInt(80);
                byTouchpoint.put("tp" + t, new Counts(valid, valid == 0 ? 0 : rnd.nextLong(valid + 1)));
            }
            Consistency c = Consistency.of(byTouchpoint, minSample);
            Map<String, Counts> eligible = new LinkedHashMap<>();
            byTouchpoint.forEach((id, counts) -> {
                if (counts.valid() >= minSample) {
                    eligible.put(id, counts);
                }
            });
            assertEquals(eligible.size(), c.touchpointsCompared());
            if (eligible.size() < 2) {
                assertNull(c.spread());
                assertFalse(c.flagged());
                continue;
            }
            boolean anyPairAbove = false;
            double max = -1;
            double min = 2;
            for (Counts a : eligible.values()) {
                max = Math.max(max, (double) a.good() / a.valid());
                min = Math.min(min, (double) a.good() / a.valid());
                for (Counts b : eligible.values()) {
                    anyPairAbove |= BruteForce.spreadAbove15(a.good(), a.valid(), b.good(), b.valid());
                }
            }
            assertEquals(max - min, c.spread(), 1e-12);
            assertEquals(anyPairAbove, c.flagged());
            Counts best = eligible.get(c.bestTouchpointId());
            Counts worst = eligible.get(c.worstTouchpointId());
            assertEquals(max, (double) best.good() / best.valid(), 1e-12);
            assertEquals(min, (double) worst.good() / worst.valid(), 1e-12);
            flagged += c.flagged() ? 1 : 0;
        }
        assertTrue(flagged > 1000);
    }

    @Test
    void aSpreadOfExactlyFifteenPointsIsNotFlagged() {
        // 0.95 − 0.80 is 0.15 exactly, though 0.95 − 0.8 as doubles is 0.1499999...
        Consistency exactly = Consistency.of(Map.of("a", new Counts(20, 19), "b", new Counts(20, 16)), 20);
        assertFalse(exactly.flagged());
        assertEquals(0.15, exactly.spread(), 1e-12);
        Consistency above = Consistency.of(Map.of("a", new Counts(20, 19), "b", new Counts(21, 16)), 20);
        assertTrue(above.flagged());
        assertEquals("a", above.bestTouchpointId());
        assertEquals("b", above.worstTouchpointId());
    }

    @Test
    void touchpointsBelowMinSampleAreLeftOut() {
        Consistency c = Consistency.of(Map.of("a", new Counts(30, 30), "b", new Counts(29, 0)), 30);
        assertEquals(1, c.touchpointsCompared());
        assertNull(c.spread());
        assertFalse(c.flagged());
    }
}
