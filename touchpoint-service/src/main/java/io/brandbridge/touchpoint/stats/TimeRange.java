package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;

/** The half-open interval {@code from <= occurredAt < to} every stats question is asked over. */
public record TimeRange(Instant from, Instant to) {

    public static final Duration MAX_LENGTH = Duration.ofDays(400);
    // The span of a DATETIME column.
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    /** Whether a DATETIME column holds the instant. */
    static boolean storable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** Checks the rules: from before to, at most 400 days apart, both storable; a 422 names the field otherwise. */
    public static TimeRange checked(Instant from, Instant to) {
        if (!storable(from)) {
            throw ProblemException.invalid("/from", "must be between years 1000 and 9999");
        }
        if (to.isAfter(LATEST)) {
            throw ProblemException.invalid("/to", "must be before 9999-12-31T00:00:00Z");
        }
        if (!from.isBefore(to)) {
            throw ProblemException.invalid("/to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw ProblemException.invalid("/to", "must be at most 400 days after from");
        }
        return new TimeRange(from, to);
    }
}
