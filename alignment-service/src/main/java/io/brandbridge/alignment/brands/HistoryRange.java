package io.brandbridge.alignment.brands;

import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;

/** The [from, to) a history answer covers: by default the 30 days up to now, and never more than a leap year. */
record HistoryRange(Instant from, Instant to) {

    static final Duration DEFAULT = Duration.ofDays(30);
    /** The longest range: one point per day, so an answer holds at most this many days plus one (a range rarely starts at midnight). */
    static final int MAX_DAYS = 366;

    static HistoryRange of(@Nullable String from, @Nullable String to, Instant now) {
        return of(from, to, now, DEFAULT);
    }

    /** With {@code length} as the default length of a range without {@code from}. */
    static HistoryRange of(@Nullable String from, @Nullable String to, Instant now, Duration length) {
        Instant end = QueryInstants.parse("to", to);
        Instant start = QueryInstants.parse("from", from);
        end = end == null ? now : end;
        start = start == null ? end.minus(length) : start;
        if (!start.isBefore(end)) {
            throw ProblemException.badRequest("/from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw ProblemException.badRequest("/from", "must be at most " + MAX_DAYS + " days before to");
        }
        return new HistoryRange(start, end);
    }
}
