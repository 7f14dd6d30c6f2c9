package io.brandbridge.alignment.scoring;

import io.micronaut.serde.annotation.Serdeable;

/** A test one interaction passes or fails: {@code metric op threshold}, e.g. handle_seconds LE 180. */
@Serdeable
public record Condition(String metric, Comparison op, double threshold) {

    public boolean holds(double value) {
        return op.holds(value, threshold);
    }
}
