package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
        return checked(from, to, "");
    }

    /** The same, for a range inside the body at {@code at} (e.g. {@code /windows/3}). */
    public static TimeRange checked(Instant from, Instant to, String at) {
        if (!storable(from)) {
            throw ProblemException.invalid(at + "/from", "must be between years 1000 and 9999");
        }
        if (to.isAfter(LATEST)) {
            throw ProblemException.invalid(at + "/to", "must be before 9999-12-31T00:00:00Z");
        }
        if (!from.isBefore(to)) {
            throw ProblemException.invalid(at + "/to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_LENGTH) > 0) {
            throw ProblemException.invalid(at + "/to", "must be at most 400 days after from");
        }
        return new TimeRange(from, to);
    }

    /** The whole UTC hours inside the range, or null when it holds none. */
    TimeRange wholeHours() {
        Instant first = from.truncatedTo(ChronoUnit.HOURS);
        if (first.isBefore(from)) {
            first = first.plus(1, ChronoUnit.HOURS);
        }
        Instant end = to.truncatedTo(ChronoUnit.HOURS);
        return first.isBefore(end) ? new TimeRange(first, end) : null;
    }
}
