package io.brandbridge.alignment.scoring;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ranking against a brute force from the definitions: customers let down by trying every count, the order by picking the best left. */
class HandoffRankingPropertyTest {

    private static final Instant FROM = Instant.parse("2026-10-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    @RepeatedTest(300)
    void theRankingEqualsABruteForceOverRandomMatrices(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        int touchpoints = 2 + random.nextInt(5);
        // Small counts make ties (equal customersLetDown, equal repeat rates) common, which is where an ordering goes wrong.
        long oneContactJourneys = random.nextInt(4) == 0 ? 0 : random.nextInt(30);
        long oneContactFollowedUp = oneContactJourneys == 0 ? 0 : random.nextInt((int) oneContactJourneys + 1);
        List<HandoffCounts.Pair> pairs = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (int a = 0; a < touchpoints; a++) {
            names.put("tp" + a, "Touchpoint " + a);
            for (int b = 0; b < touchpoints; b++) {
                if (a != b && random.nextInt(3) > 0) {
                    long count = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(12);
                    pairs.add(new HandoffCounts.Pair("tp" + a, "tp" + b, count, count == 0 ? 0 : random.nextInt((int) count + 1), random.nextInt(600) / 2.0));
                }
            }
        }
        HandoffCounts counts = new HandoffCounts(oneContactJourneys + random.nextInt(50), oneContactJourneys, oneContactFollowedUp, pairs);

        HandoffMatrix matrix = HandoffRanking.rank(FROM, TO, counts, names);

        List<Expected> expected = bruteForce(counts);
        assertEquals(expected.size(), matrix.handoffs().size());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Handoff h = matrix.handoffs().get(i);
            assertEquals(List.of(e.pair().fromTouchpointId(), e.pair().toTouchpointId()), List.of(h.fromTouchpointId(), h.toTouchpointId()), "rank " + i);
            assertEquals(e.letDown(), h.customersLetDown(), "rank " + i);
            assertEquals((double) e.pair().followedUp() / e.pair().count(), h.repeatRate(), 1e-15);
            assertEquals(names.get(h.fromTouchpointId()), h.fromTouchpointName());
            assertEquals(e.pair().medianGapMinutes(), h.medianGapMinutes());
        }
        assertEquals(oneContactJourneys == 0 ? 0 : (double) oneContactFollowedUp / oneContactJourneys, matrix.oneContactRepeatRate(), 1e-15);
        assertEquals(counts.journeys(), matrix.journeys());
    }

    @Test
    void customersLetDownRoundsTheExpectedRepeatsHalfUpAndNeverGoesNegative() {
        assertEquals(2, HandoffRanking.customersLetDown(10, 6, 20, 7), "10 × 7/20 = 3.5 rounds to 4");
        assertEquals(0, HandoffRanking.customersLetDown(10, 2, 20, 7), "fewer came back than one contact would explain");
        assertEquals(5, HandoffRanking.customersLetDown(10, 5, 0, 0), "no one-contact journey: the rate is 0");
        assertEquals(Long.MAX_VALUE - 1, HandoffRanking.customersLetDown(Long.MAX_VALUE, Long.MAX_VALUE - 1, Long.MAX_VALUE, 0), "no overflow");
    }

    @Test
    void handoffsThatNeverHappenedAreLeftOut() {
        HandoffMatrix matrix = HandoffRanking.rank(FROM, TO, new HandoffCounts(3, 1, 0, List.of(new HandoffCounts.Pair("a", "b", 0, 0, 0))), Map.of());
        assertTrue(matrix.handoffs().isEmpty());
    }

    private record Expected(HandoffCounts.Pair pair, long letDown) {
    }

    private static List<Expected> bruteForce(HandoffCounts counts) {
        List<Expected> left = new ArrayList<>();
        for (HandoffCounts.Pair p : counts.pairs()) {
            if (p.count() > 0) {
                left.add(new Expected(p, Math.max(0, p.followedUp() - explained(p.count(), counts.oneContactJourneys(), counts.oneContactFollowedUp()))));
            }
        }
        List<Expected> ranked = new ArrayList<>();
        while (!left.isEmpty()) {
            Expected best = left.get(0);
            for (Expected candidate : left) {
                if (beats(candidate, best)) {
                    best = candidate;
                }
            }
            ranked.add(best);
            left.remove(best);
        }
        return ranked;
    }

    /** round(count × rate) by trying every whole number of customers: the nearest, the larger on a tie. */
    private static long explained(long count, long oneContactJourneys, long oneContactFollowedUp) {
        if (oneContactJourneys == 0) {
            return 0;
        }
        BigDecimal exact = BigDecimal.valueOf(count * oneContactFollowedUp).divide(BigDecimal.valueOf(oneContactJourneys), 30, RoundingMode.DOWN);
        long best = 0;
        for (long k = 0; k <= count; k++) {
            BigDecimal distance = exact.subtract(BigDecimal.valueOf(k)).abs();
            BigDecimal bestDistance = exact.subtract(BigDecimal.valueOf(best)).abs();
            if (distance.compareTo(bestDistance) <= 0) {
                best = k;
            }
        }
        return best;
    }

    private static boolean beats(Expected a, Expected b) {
        if (a.letDown() != b.letDown()) {
            return a.letDown() > b.letDown();
        }
        // a.followedUp / a.count against b's, cross-multiplied: the counts here are small.
        long rateA = a.pair().followedUp() * b.pair().count();
        long rateB = b.pair().followedUp() * a.pair().count();
        if (rateA != rateB) {
            return rateA > rateB;
        }
        int from = a.pair().fromTouchpointId().compareTo(b.pair().fromTouchpointId());
        return from != 0 ? from < 0 : a.pair().toTouchpointId().compareTo(b.pair().toTouchpointId()) < 0;
    }
}
