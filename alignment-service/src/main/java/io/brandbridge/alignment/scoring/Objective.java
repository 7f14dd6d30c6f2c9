package io.brandbridge.alignment.scoring;

import java.math.BigDecimal;

/**
 * The share T of interactions that must keep a commitment, 0 &lt; T &lt; 1. It is held as the decimal it
 * was written as (0.95, not the nearest binary double), so "attainment exactly at the objective" is
 * decided exactly: 19 good out of 20 meets 0.95.
 */
public record Objective(BigDecimal value) {

    public Objective {
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("objective must be strictly between 0 and 1, got " + value);
        }
    }

    public static Objective of(double objective) {
        return new Objective(BigDecimal.valueOf(objective));
    }

    public static boolean isValid(double objective) {
        return objective > 0 && objective < 1 && Double.isFinite(objective);
    }

    public double asDouble() {
        return value.doubleValue();
    }

    /** The error budget as a share of interactions: 1 − T. */
    public BigDecimal errorBudget() {
        return BigDecimal.ONE.subtract(value);
    }

    /** good / valid ≥ T, decided without rounding; never met without data. */
    public boolean isMetBy(long good, long valid) {
        return valid > 0 && BigDecimal.valueOf(good).compareTo(value.multiply(BigDecimal.valueOf(valid))) >= 0;
    }

    /** (1 − T) · valid: how many interactions may fail before the commitment is broken. */
    public BigDecimal allowedBad(long valid) {
        return errorBudget().multiply(BigDecimal.valueOf(valid));
    }
}
