package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Σ weight · value / Σ weight; null when nothing is weighed. Promise scores weigh by commitment weight, the brand index by promise priority. */
public final class WeightedMean {

    public record Term(double value, double weight) {
    }

    private WeightedMean() {
    }

    @Nullable
    public static Double of(List<Term> terms) {
        double weighted = 0;
        double weights = 0;
        for (Term term : terms) {
            weighted += term.value() * term.weight();
            weights += term.weight();
        }
        return weights > 0 ? weighted / weights : null;
    }
}
