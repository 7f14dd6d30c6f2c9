package io.brandbridge.touchpoint.counters;

import io.brandbridge.touchpoint.metrics.Predicate;
import io.micronaut.core.annotation.Nullable;

/**
 * A registered predicate: ATTAINMENT counts {@code a} (valid, good), PAIR the 2×2 table of {@code a} and {@code b}
 * over interactions carrying both metrics. {@code seq} is the key the counter tables store.
 */
public record StandingPredicate(int seq, PredicateKind kind, Predicate a, @Nullable Predicate b) {

    /** The text the predicate is known by within its kind. */
    public static String conditions(Predicate a, @Nullable Predicate b) {
        return b == null ? a.canonical() : a.canonical() + ";" + b.canonical();
    }

    static StandingPredicate read(int seq, String kind, String conditions) {
        PredicateKind k = PredicateKind.valueOf(kind);
        if (k == PredicateKind.ATTAINMENT) {
            return new StandingPredicate(seq, k, Predicate.parse(conditions), null);
        }
        String[] parts = conditions.split(";");
        return new StandingPredicate(seq, k, Predicate.parse(parts[0]), Predicate.parse(parts[1]));
    }

    /** How many counts the predicate keeps per hour. */
    int cells() {
        return kind == PredicateKind.ATTAINMENT ? 2 : 4;
    }
}
