package io.brandbridge.alignment.scoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decides the multiwindow burn-rate alert of a kept commitment (see {@link BurnWindows}). Burn rate over
 * a sub-window w is (bad_w / valid_w) / (1 − T), 0 without data. Sub-windows are read from the hourly
 * buckets of the main answer; when a bucket straddles a sub-window's start and the bounds it allows do
 * not settle the comparison, the exact counts are asked for, only then and only for that sub-window.
 */
public final class BurnEvaluator {

    /** Counts over [from, to) from the source, used only when the buckets cannot settle a comparison. */
    @FunctionalInterface
    public interface ExactCounts {
        Counts count(Instant from, Instant to);
    }

    private enum Verdict { REACHED, NOT_REACHED, UNSETTLED }

    private BurnEvaluator() {
    }

    /** A sub-window [from, to) whose exact counts may be asked for. */
    public record SubWindow(Instant from, Instant to) {
    }

    /**
     * The sub-windows {@link #evaluate} may ask exact counts for: those whose buckets leave the comparison unsettled,
     * in pairs the buckets do not already rule out. Asking for all of them at once is one question instead of up to four.
     */
    public static Set<SubWindow> unsettled(EvaluationWindow window, Objective objective, BucketSeries series) {
        BurnWindows windows = BurnWindows.forPeriod(window.period());
        Set<SubWindow> unsettled = new LinkedHashSet<>();
        addUnsettled(unsettled, window, objective, BurnWindows.FAST_THRESHOLD, windows.fastLong(), windows.fastShort(), series);
        addUnsettled(unsettled, window, objective, BurnWindows.SLOW_THRESHOLD, windows.slowLong(), windows.slowShort(), series);
        return unsettled;
    }

    private static void addUnsettled(Set<SubWindow> unsettled, EvaluationWindow window, Objective objective, BigDecimal threshold,
                                     Duration longLength, Duration shortLength, BucketSeries series) {
        Judged judged = judge(window, objective, threshold, longLength, shortLength, series);
        if (judged.ruledOut()) {
            return;
        }
        if (judged.longVerdict() == Verdict.UNSETTLED) {
            unsettled.add(new SubWindow(judged.longStart(), window.to()));
        }
        if (judged.shortVerdict() == Verdict.UNSETTLED) {
            unsettled.add(new SubWindow(judged.shortStart(), window.to()));
        }
    }

    /** What the buckets say about a long and a short sub-window against one threshold. */
    private record Judged(BigDecimal badShare, Instant longStart, Instant shortStart, Verdict longVerdict, Verdict shortVerdict) {
        boolean ruledOut() {
            return longVerdict == Verdict.NOT_REACHED || shortVerdict == Verdict.NOT_REACHED;
        }
    }

    private static Judged judge(EvaluationWindow window, Objective objective, BigDecimal threshold, Duration longLength, Duration shortLength,
                                BucketSeries series) {
        BigDecimal badShare = threshold.multiply(objective.errorBudget());
        Instant longStart = window.startOfLast(longLength);
        Instant shortStart = window.startOfLast(shortLength);
        return new Judged(badShare, longStart, shortStart, verdict(series.evidenceFrom(longStart), badShare), verdict(series.evidenceFrom(shortStart), badShare));
    }

    public static BurnAlert evaluate(EvaluationWindow window, Objective objective, BucketSeries series, ExactCounts exact) {
        BurnWindows windows = BurnWindows.forPeriod(window.period());
        if (bothReach(window, objective, BurnWindows.FAST_THRESHOLD, windows.fastLong(), windows.fastShort(), series, exact)) {
            return BurnAlert.FAST;
        }
        if (bothReach(window, objective, BurnWindows.SLOW_THRESHOLD, windows.slowLong(), windows.slowShort(), series, exact)) {
            return BurnAlert.SLOW;
        }
        return BurnAlert.NONE;
    }

    /** Burn rate over exact counts reaches {@code threshold}: bad ≥ threshold · (1 − T) · valid, decided exactly. */
    public static boolean reaches(Counts counts, Objective objective, BigDecimal threshold) {
        return reaches(counts.bad(), counts.valid(), threshold.multiply(objective.errorBudget()));
    }

    private static boolean bothReach(EvaluationWindow window, Objective objective, BigDecimal threshold,
                                     Duration longLength, Duration shortLength, BucketSeries series, ExactCounts exact) {
        Judged judged = judge(window, objective, threshold, longLength, shortLength, series);
        if (judged.ruledOut()) {
            return false;
        }
        if (judged.longVerdict() == Verdict.UNSETTLED && !reaches(exact.count(judged.longStart(), window.to()), judged.badShare())) {
            return false;
        }
        return judged.shortVerdict() == Verdict.REACHED || reaches(exact.count(judged.shortStart(), window.to()), judged.badShare());
    }

    /**
     * With x bad and y good interactions of the straddling bucket inside the sub-window, the test
     * bad_in + x ≥ c · (valid_in + x + y) is linear in x and y, so its extremes are at x = all its bad, y = 0
     * and at x = 0, y = all its good. Above c = 1 it can never hold.
     */
    private static Verdict verdict(BucketSeries.Evidence evidence, BigDecimal badShare) {
        if (badShare.compareTo(BigDecimal.ONE) > 0) {
            return Verdict.NOT_REACHED;
        }
        if (evidence == null) {
            return Verdict.UNSETTLED;
        }
        Counts in = evidence.inside();
        Counts edge = evidence.straddling();
        if (!reaches(in.bad() + edge.bad(), in.valid() + edge.bad(), badShare)) {
            return Verdict.NOT_REACHED;
        }
        if (reaches(in.bad(), in.valid() + edge.good(), badShare) && in.valid() > 0) {
            return Verdict.REACHED;
        }
        return Verdict.UNSETTLED;
    }

    private static boolean reaches(Counts counts, BigDecimal badShare) {
        return reaches(counts.bad(), counts.valid(), badShare);
    }

    private static boolean reaches(long bad, long valid, BigDecimal badShare) {
        return valid > 0 && BigDecimal.valueOf(bad).compareTo(badShare.multiply(BigDecimal.valueOf(valid))) >= 0;
    }
}
