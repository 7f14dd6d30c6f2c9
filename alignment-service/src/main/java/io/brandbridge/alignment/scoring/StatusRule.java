package io.brandbridge.alignment.scoring;

/**
 * NO_DATA when valid &lt; minSample; BROKEN when attainment &lt; T; AT_RISK when kept but a burn-rate
 * alert fires; otherwise KEPT. Attainment exactly equal to T is kept.
 */
public final class StatusRule {

    private StatusRule() {
    }

    public static boolean hasData(Counts counts, int minSample) {
        return counts.valid() >= Math.max(1, minSample);
    }

    /** Whether the burn rate needs evaluating at all: only a commitment that is kept can be at risk. */
    public static boolean isKept(Counts counts, Objective objective, int minSample) {
        return hasData(counts, minSample) && objective.isMetBy(counts.good(), counts.valid());
    }

    public static Status status(Counts counts, Objective objective, int minSample, BurnAlert alert) {
        if (!hasData(counts, minSample)) {
            return Status.NO_DATA;
        }
        if (!objective.isMetBy(counts.good(), counts.valid())) {
            return Status.BROKEN;
        }
        return alert == BurnAlert.NONE ? Status.KEPT : Status.AT_RISK;
    }

    /** A touchpoint's own status; burn rates are judged on the pooled commitment only, so it is never AT_RISK. */
    public static Status touchpointStatus(Counts counts, Objective objective, int minSample) {
        return status(counts, objective, minSample, BurnAlert.NONE);
    }
}
