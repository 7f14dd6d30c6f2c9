package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

/**
 * The error-budget view of one set of counts against an objective T (DESIGN 3.3):
 * attainment = good / valid, allowedBad = (1 − T) · valid, budgetRemaining = 1 − bad / allowedBad,
 * brokenPromises = bad, excessBroken = max(0, bad − allowedBad), score = 100 · min(1, attainment / T).
 * Without data (valid = 0) attainment, budgetRemaining, burnRate and score are null and the rest is 0.
 */
public record BudgetFigures(long valid,
                            long good,
                            @Nullable Double attainment,
                            double allowedBad,
                            @Nullable Double budgetRemaining,
                            long brokenPromises,
                            double excessBroken,
                            @Nullable Double score,
                            @Nullable Double burnRate) {

    public static BudgetFigures of(Counts counts, Objective objective) {
        long valid = counts.valid();
        long bad = counts.bad();
        BigDecimal allowed = objective.allowedBad(valid);
        double excess = BigDecimal.valueOf(bad).subtract(allowed).max(BigDecimal.ZERO).doubleValue();
        if (valid == 0) {
            return new BudgetFigures(0, 0, null, 0, null, 0, 0, null, null);
        }
        double attainment = (double) counts.good() / valid;
        double budgetRemaining = 1 - bad / allowed.doubleValue();
        // Met exactly means 100; otherwise the ratio, which can then never round up to 100.
        double score = objective.isMetBy(counts.good(), valid) ? 100.0 : Math.min(100.0 * attainment / objective.asDouble(), Math.nextDown(100.0));
        double burnRate = ((double) bad / valid) / objective.errorBudget().doubleValue();
        return new BudgetFigures(valid, counts.good(), attainment, allowed.doubleValue(), budgetRemaining, bad, excess, score, burnRate);
    }
}
