package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;

import java.math.BigInteger;

/**
 * Whether meeting an operational target goes with keeping a commitment less often (DESIGN 3.3):
 * p1 = P(kept | target met), p0 = P(kept | target missed); a conflict is p1 &lt; p0 − 0.05 with both
 * groups of at least minSample interactions and a two-proportion pooled z-test |z| ≥ 1.96.
 * p1, p0 are null for an empty group, z when the pooled proportion is 0 or 1 (no variance).
 */
public record ConflictStatistics(long met, long missed, @Nullable Double p1, @Nullable Double p0, @Nullable Double z, boolean conflict) {

    public static final double CRITICAL_Z = 1.96;

    public static ConflictStatistics of(ContingencyTable table, int minSample) {
        long n1 = table.met();
        long n0 = table.missed();
        Double p1 = n1 == 0 ? null : (double) table.metKept() / n1;
        Double p0 = n0 == 0 ? null : (double) table.missedKept() / n0;
        Double z = null;
        if (p1 != null && p0 != null) {
            double pooled = (double) (table.metKept() + table.missedKept()) / (n1 + n0);
            double variance = pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n0);
            if (variance > 0) {
                z = (p1 - p0) / Math.sqrt(variance);
            }
        }
        long min = Math.max(1, minSample);
        boolean conflict = n1 >= min && n0 >= min && z != null && Math.abs(z) >= CRITICAL_Z && lowerByMoreThanMargin(table, n1, n0);
        return new ConflictStatistics(n1, n0, p1, p0, z, conflict);
    }

    /** p1 &lt; p0 − 0.05 ⇔ 20 · (missedKept · n1 − metKept · n0) &gt; n1 · n0, exact on the counts. */
    private static boolean lowerByMoreThanMargin(ContingencyTable table, long n1, long n0) {
        BigInteger left = big(table.missedKept()).multiply(big(n1)).subtract(big(table.metKept()).multiply(big(n0))).multiply(big(20));
        return left.compareTo(big(n1).multiply(big(n0))) > 0;
    }

    private static BigInteger big(long value) {
        return BigInteger.valueOf(value);
    }
}
