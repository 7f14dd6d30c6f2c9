package io.brandbridge.alignment.scoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * The half-open interval [from, to) a commitment is measured over, ending at asOf, and the length of
 * its full period, which scales the burn-rate windows.
 * <ul>
 *   <li>ROLLING_DAYS: [asOf − days · 24 h, asOf); the period is days · 24 h.</li>
 *   <li>CALENDAR_WEEK / CALENDAR_MONTH: from the start (Monday 00:00 / the 1st, 00:00) of the ISO week or
 *   month that contains asOf, in the brand's time zone, up to asOf. The period is that whole week or month
 *   (so a DST week is 167 or 169 hours). At the very first instant of a period the window is empty.</li>
 * </ul>
 */
public record EvaluationWindow(Instant from, Instant to, Duration period) {

    public static EvaluationWindow resolve(WindowSpec spec, Instant asOf, ZoneId zone) {
        return switch (spec.type()) {
            case ROLLING_DAYS -> {
                Duration period = Duration.ofDays(spec.days());
                yield new EvaluationWindow(asOf.minus(period), asOf, period);
            }
            case CALENDAR_WEEK -> {
                LocalDate monday = asOf.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield calendar(monday.atStartOfDay(zone), monday.plusWeeks(1).atStartOfDay(zone), asOf);
            }
            case CALENDAR_MONTH -> {
                LocalDate first = asOf.atZone(zone).toLocalDate().withDayOfMonth(1);
                yield calendar(first.atStartOfDay(zone), first.plusMonths(1).atStartOfDay(zone), asOf);
            }
        };
    }

    private static EvaluationWindow calendar(ZonedDateTime start, ZonedDateTime end, Instant asOf) {
        return new EvaluationWindow(start.toInstant(), asOf, Duration.between(start, end));
    }

    /**
     * The sub-window of the given length that ends at {@code to}, clipped to this window's start: the
     * budget being burned is this window's, so nothing before it counts.
     */
    public Instant startOfLast(Duration length) {
        Instant start = to.minus(length);
        return start.isBefore(from) ? from : start;
    }
}
