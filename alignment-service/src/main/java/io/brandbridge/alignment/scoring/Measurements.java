package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * Everything measured for one brand at one instant: per commitment its window, counts per covered
 * touchpoint and burn-rate alert; per (target, commitment) pair the 2×2 table.
 */
public record Measurements(Map<CommitmentRef, CommitmentMeasurement> commitments, Map<PairRef, ContingencyTable> tables) {

    public record CommitmentRef(String promiseId, String commitmentKey) {
    }

    public record PairRef(String targetId, String promiseId, String commitmentKey) {
    }

    /** byTouchpoint holds every covered touchpoint, zeros included; burnAlert is null when it was not evaluated. */
    public record CommitmentMeasurement(EvaluationWindow window, Map<String, Counts> byTouchpoint, @Nullable BurnAlert burnAlert) {

        public Counts pooled() {
            return byTouchpoint.values().stream().reduce(Counts.ZERO, Counts::plus);
        }
    }
}
