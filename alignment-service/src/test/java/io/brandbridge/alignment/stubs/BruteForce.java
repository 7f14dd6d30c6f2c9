package io.brandbridge.alignment.stubs;

import io.brandbridge.alignment.scoring.Comparison;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reference answers computed the slow, obvious way: counting raw interactions one by one and comparing
 * exact fractions (an objective is the decimal it was written as, 0.95 = 95/100).
 */
public final class BruteForce {

    private BruteForce() {
    }

    /** [valid, good] over interactions at the given touchpoints in [from, to) carrying the metric. */
    public static long[] count(List<Interaction> interactions, Collection<String> touchpointIds, String metric, Comparison op,
                               double threshold, Instant from, Instant to) {
        long valid = 0;
        long good = 0;
        for (Interaction i : interactions) {
            if (!touchpointIds.contains(i.touchpointId()) || i.occurredAt().isBefore(from) || !i.occurredAt().isBefore(to)) {
                continue;
            }
            Double value = i.metrics().get(metric);
            if (value == null) {
                continue;
            }
            valid++;
            if (op.holds(value, threshold)) {
                good++;
            }
        }
        return new long[] {valid, good};
    }

    /** good / valid ≥ T, exactly. */
    public static boolean met(long good, long valid, double objective) {
        BigInteger[] t = fraction(objective);
        return valid > 0 && big(good).multiply(t[1]).compareTo(t[0].multiply(big(valid))) >= 0;
    }

    /** (bad / valid) / (1 − T) ≥ k, exactly; 0 without data. */
    public static boolean burnReaches(long bad, long valid, double objective, String k) {
        if (valid == 0) {
            return false;
        }
        BigInteger[] t = fraction(objective);
        BigInteger[] rate = fraction(new BigDecimal(k));
        // bad / valid ≥ k · (den − num) / den  ⇔  bad · den · kden ≥ knum · (den − num) · valid
        return big(bad).multiply(t[1]).multiply(rate[1]).compareTo(rate[0].multiply(t[1].subtract(t[0])).multiply(big(valid))) >= 0;
    }

    /** g1/v1 − g2/v2 > 3/20, exactly. */
    public static boolean spreadAbove15(long g1, long v1, long g2, long v2) {
        return big(g1).multiply(big(v2)).subtract(big(g2).multiply(big(v1))).multiply(big(20)).compareTo(big(3).multiply(big(v1)).multiply(big(v2))) > 0;
    }

    /** (1 − T) · valid. */
    public static double allowedBad(long valid, double objective) {
        BigInteger[] t = fraction(objective);
        return new BigDecimal(t[1].subtract(t[0]).multiply(big(valid))).divide(new BigDecimal(t[1])).doubleValue();
    }

    /** max(0, bad − (1 − T) · valid), exactly, then rounded once. */
    public static double excessBroken(long bad, long valid, double objective) {
        BigInteger[] t = fraction(objective);
        BigInteger excessTimesDen = big(bad).multiply(t[1]).subtract(t[1].subtract(t[0]).multiply(big(valid)));
        return excessTimesDen.signum() <= 0 ? 0 : new BigDecimal(excessTimesDen).divide(new BigDecimal(t[1])).doubleValue();
    }

    private static BigInteger[] fraction(double value) {
        return fraction(new BigDecimal(Double.toString(value)));
    }

    private static BigInteger[] fraction(BigDecimal value) {
        BigDecimal d = value.stripTrailingZeros();
        int scale = Math.max(0, d.scale());
        return new BigInteger[] {d.movePointRight(scale).toBigIntegerExact(), BigInteger.TEN.pow(scale)};
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
