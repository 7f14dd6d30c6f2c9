package io.brandbridge.alignment.scoring;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictStatisticsTest {

    @Test
    void handleTimeTargetThatHurtsFirstContactResolutionIsAConflict() {
        ConflictStatistics s = ConflictStatistics.of(new ContingencyTable(348, 252, 332, 68), 30);
        assertEquals(0.58, s.p1(), 1e-12);
        assertEquals(0.83, s.p0(), 1e-12);
        double pooled = 680 / 1000.0;
        assertEquals((0.58 - 0.83) / Math.sqrt(pooled * (1 - pooled) * (1 / 600.0 + 1 / 400.0)), s.z(), 1e-9);
        assertEquals(-8.3026, s.z(), 1e-4);
        assertTrue(s.conflict());
    }

    @Test
    void aDifferenceOfExactlyFivePointsIsNotAConflictHoweverSignificant() {
        ConflictStatistics s = ConflictStatistics.of(new ContingencyTable(7_000, 3_000, 7_500, 2_500), 30);
        assertTrue(Math.abs(s.z()) > 7);
        assertFalse(s.conflict(), "p1 < p0 − 0.05 is strict");
        assertTrue(ConflictStatistics.of(new ContingencyTable(6_999, 3_001, 7_500, 2_500), 30).conflict());
    }

    @Test
    void bothGroupsNeedMinSample() {
        // 10 met (2 kept), 30 missed (27 kept): a large gap.
        assertTrue(ConflictStatistics.of(new ContingencyTable(2, 8, 27, 3), 10).conflict(), "exactly minSample in the smaller group");
        assertFalse(ConflictStatistics.of(new ContingencyTable(2, 8, 27, 3), 11).conflict());
    }

    @Test
    void aGapThatIsNotSignificantIsNotAConflict() {
        ConflictStatistics s = ConflictStatistics.of(new ContingencyTable(15, 15, 20, 10), 30);
        assertTrue(s.p0() - s.p1() > 0.05);
        assertTrue(Math.abs(s.z()) < 1.96);
        assertFalse(s.conflict());
    }

    @Test
    void noVarianceOrAnEmptyGroupHasNoZ() {
        ConflictStatistics allKept = ConflictStatistics.of(new ContingencyTable(50, 0, 50, 0), 30);
        assertNull(allKept.z());
        assertFalse(allKept.conflict());
        ConflictStatistics noneMissed = ConflictStatistics.of(new ContingencyTable(50, 10, 0, 0), 30);
        assertNull(noneMissed.p0());
        assertNull(noneMissed.z());
        assertFalse(noneMissed.conflict());
    }

    @Test
    void conflictRuleMatchesItsDefinitionOverRandomTables() {
        Random rnd = new Random(5);
        for (int i = 0; i < 50_000; i++) {
            ContingencyTable t = new ContingencyTable(rnd.nextInt(200), rnd.nextInt(200), rnd.nextInt(200), rnd.nextInt(200));
            int minSample = 1 + rnd.nextInt(150);
            ConflictStatistics s = ConflictStatistics.of(t, minSample);
            long n1 = t.metKept() + t.metBroken();
            long n0 = t.missedKept() + t.missedBroken();
            boolean expected = false;
            if (n1 >= minSample && n0 >= minSample) {
                double p1 = (double) t.metKept() / n1;
                double p0 = (double) t.missedKept() / n0;
                double p = (double) (t.metKept() + t.missedKept()) / (n1 + n0);
                double se = Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n0));
                // 20·(missedKept·n1 − metKept·n0) > n1·n0 is p0 − p1 > 0.05 without rounding.
                boolean margin = 20 * (t.missedKept() * n1 - t.metKept() * n0) > n1 * n0;
                expected = se > 0 && margin && Math.abs((p1 - p0) / se) >= 1.96;
                assertEquals(p1, s.p1(), 1e-12);
                assertEquals(p0, s.p0(), 1e-12);
            }
            assertEquals(expected, s.conflict(), t + " minSample " + minSample);
        }
    }
}
