package io.brandbridge.system.e2e;

import io.brandbridge.demo.Interaction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Counts straight from the interactions the test pushed, to check every figure the platform reports. */
final class IndependentCount {

    record Counts(long valid, long good) {
        double attainment() {
            return good / (double) valid;
        }
    }

    private final List<Interaction> interactions;

    IndependentCount(List<Interaction> interactions) {
        this.interactions = interactions;
    }

    Counts count(Collection<String> touchpoints, String metric, String op, double threshold, Instant from, Instant to) {
        long valid = 0;
        long good = 0;
        for (Interaction i : interactions) {
            Number value = i.metrics().get(metric);
            if (value == null || !touchpoints.contains(i.touchpoint()) || i.occurredAt().isBefore(from) || !i.occurredAt().isBefore(to)) {
                continue;
            }
            valid++;
            if (holds(value.doubleValue(), op, threshold)) {
                good++;
            }
        }
        return new Counts(valid, good);
    }

    /** The 2×2 table over interactions carrying both metrics: [bothMet, aOnly, bOnly, neither]. */
    long[] contingency(String touchpoint, String metricA, String opA, double thresholdA, String metricB, String opB, double thresholdB, Instant from, Instant to) {
        long[] table = new long[4];
        for (Interaction i : interactions) {
            Number a = i.metrics().get(metricA);
            Number b = i.metrics().get(metricB);
            if (a == null || b == null || !i.touchpoint().equals(touchpoint) || i.occurredAt().isBefore(from) || !i.occurredAt().isBefore(to)) {
                continue;
            }
            boolean aMet = holds(a.doubleValue(), opA, thresholdA);
            boolean bMet = holds(b.doubleValue(), opB, thresholdB);
            table[aMet ? (bMet ? 0 : 1) : (bMet ? 2 : 3)]++;
        }
        return table;
    }

    static boolean holds(double value, String op, double threshold) {
        return switch (op) {
            case "LT" -> value < threshold;
            case "LE" -> value <= threshold;
            case "GT" -> value > threshold;
            case "GE" -> value >= threshold;
            case "EQ" -> value == threshold;
            default -> throw new IllegalArgumentException(op);
        };
    }
}
