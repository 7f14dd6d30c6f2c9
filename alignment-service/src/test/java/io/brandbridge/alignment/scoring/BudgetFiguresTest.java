package io.brandbridge.alignment.scoring;

import io.brandbridge.alignment.stubs.BruteForce;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BudgetFiguresTest {

    private static final double[] OBJECTIVES = {0.0001, 0.001, 0.3, 0.5, 0.7, 0.9, 0.95, 0.99, 0.999, 0.9999};

    @Test
    void figuresMatchTheirDefinitionsOverRandomCounts() {
        Random rnd = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long valid = rnd.nextInt(4) == 0 ? rnd.nextInt(5) : rnd.nextInt(1_000_000);
            long good = valid == 0 ? 0 : (long) (rnd.nextDouble() * (valid + 1));
            double t = rnd.nextBoolean() ? OBJECTIVES[rnd.nextInt(OBJECTIVES.length)] : (1 + rnd.nextInt(999)) / 1000.0;
            BudgetFigures f = BudgetFigures.of(new Counts(valid, good), Objective.of(t));
            long bad = valid - good;
            assertEquals(bad, f.brokenPromises());
            double allowed = BruteForce.allowedBad(valid, t);
            assertEquals(allowed, f.allowedBad(), 1e-9 * Math.max(1, allowed));
            assertEquals(BruteForce.excessBroken(bad, valid, t), f.excessBroken(), 1e-9 * Math.max(1, bad));
            if (valid == 0) {
                assertNull(f.attainment());
                assertNull(f.score());
                assertNull(f.budgetRemaining());
                continue;
            }
            assertEquals((double) good / valid, f.attainment(), 1e-12);
            assertEquals(1 - bad / allowed, f.budgetRemaining(), 1e-9 * Math.max(1, Math.abs(1 - bad / allowed)));
            boolean met = BruteForce.met(good, valid, t);
            assertEquals(met, Objective.of(t).isMetBy(good, valid));
            if (met) {
                assertEquals(100.0, f.score());
                assertTrue(f.budgetRemaining() >= -1e-12, "a kept commitment has not overspent its budget");
            } else {
                assertEquals(100.0 * good / valid / t, f.score(), 1e-9);
                assertTrue(f.score() < 100.0);
                assertTrue(f.budgetRemaining() < 0 && f.excessBroken() > 0, "a broken commitment has overspent its budget");
            }
            assertEquals((double) bad / valid / (1 - t), f.burnRate(), 1e-6 * Math.max(1, f.burnRate()));
        }
    }

    @Test
    void withoutDataOnlyCountsAreZeroAndRatiosAreNull() {
        BudgetFigures f = BudgetFigures.of(Counts.ZERO, Objective.of(0.95));
        assertEquals(new BudgetFigures(0, 0, null, 0, null, 0, 0, null, null), f);
    }

    @Test
    void attainmentExactlyAtTheObjectiveIsKeptWithTheWholeBudgetSpent() {
        // 19 of 20 is exactly 0.95; as binary doubles 0.95 and 19/20 are not exact, so the decimal matters.
        BudgetFigures f = BudgetFigures.of(new Counts(20, 19), Objective.of(0.95));
        assertEquals(1.0, f.allowedBad());
        assertEquals(0.0, f.budgetRemaining());
        assertEquals(0.0, f.excessBroken());
        assertEquals(100.0, f.score());
        assertTrue(Objective.of(0.9).isMetBy(9, 10), "0.9 is above 9/10 as a double, yet 9 of 10 meets 0.9");
        assertTrue(Objective.of(0.7).isMetBy(7, 10));
        assertTrue(!Objective.of(0.9).isMetBy(8_999_999, 10_000_000));
    }

    @Test
    void oneInteractionShortOfTheObjectiveIsBroken() {
        BudgetFigures f = BudgetFigures.of(new Counts(20, 18), Objective.of(0.95));
        assertEquals(-1.0, f.budgetRemaining());
        assertEquals(1.0, f.excessBroken());
        assertEquals(100 * 0.9 / 0.95, f.score(), 1e-12);
    }

    @Test
    void objectivesNearZeroAndOneKeepTheirMeaning() {
        BudgetFigures lenient = BudgetFigures.of(new Counts(10_000, 1), Objective.of(0.0001));
        assertEquals(9_999.0, lenient.allowedBad());
        assertEquals(100.0, lenient.score(), "one good in ten thousand meets 0.0001");
        assertEquals(0.0, lenient.budgetRemaining());

        BudgetFigures strict = BudgetFigures.of(new Counts(10_000, 9_998), Objective.of(0.9999));
        assertEquals(1.0, strict.allowedBad(), 1e-12);
        assertEquals(-1.0, strict.budgetRemaining(), 1e-9);
        assertEquals(1.0, strict.excessBroken(), 1e-12);
        assertEquals(2.0, strict.burnRate(), 1e-9, "2 bad in 10,000 spends the 0.01% budget twice over");
    }

    @Test
    void objectiveOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Objective.of(1.0));
        assertThrows(IllegalArgumentException.class, () -> Objective.of(0.0));
        assertThrows(IllegalArgumentException.class, () -> new Counts(3, 4));
    }
}
