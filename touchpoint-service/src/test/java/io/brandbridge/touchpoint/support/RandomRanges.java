package io.brandbridge.touchpoint.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/** Random [from, to) ranges for property tests: two picked instants in order, never empty. */
public final class RandomRanges {

    private RandomRanges() {
    }

    public static Instant[] of(Supplier<Instant> pick) {
        Instant from = pick.get();
        Instant to = pick.get();
        if (to.isBefore(from)) {
            Instant swap = from;
            from = to;
            to = swap;
        }
        if (!to.isAfter(from)) {
            to = from.plus(1, ChronoUnit.MICROS);
        }
        return new Instant[] {from, to};
    }
}
