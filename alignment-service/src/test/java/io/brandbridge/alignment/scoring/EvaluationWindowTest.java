package io.brandbridge.alignment.scoring;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluationWindowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void rollingDaysEndAtAsOf() {
        Instant asOf = Instant.parse("2026-11-01T09:30:00Z");
        EvaluationWindow w = EvaluationWindow.resolve(new WindowSpec(WindowType.ROLLING_DAYS, 28), asOf, LONDON);
        assertEquals(Instant.parse("2026-10-04T09:30:00Z"), w.from());
        assertEquals(asOf, w.to());
        assertEquals(Duration.ofDays(28), w.period());
    }

    @Test
    void calendarWeekStartsMondayMidnightInTheBrandZone() {
        // Sunday 1 November 2026, 09:30 UTC: the week began on Monday 26 October, 00:00 GMT.
        EvaluationWindow w = EvaluationWindow.resolve(new WindowSpec(WindowType.CALENDAR_WEEK, null), Instant.parse("2026-11-01T09:30:00Z"), LONDON);
        assertEquals(Instant.parse("2026-10-26T00:00:00Z"), w.from());
        assertEquals(Duration.ofDays(7), w.period());
        // Sunday 23:30 UTC is already Monday in Tokyo.
        EvaluationWindow tokyo = EvaluationWindow.resolve(new WindowSpec(WindowType.CALENDAR_WEEK, null), Instant.parse("2026-11-01T23:30:00Z"), ZoneId.of("Asia/Tokyo"));
        assertEquals(Instant.parse("2026-11-01T15:00:00Z"), tokyo.from());
    }

    @Test
    void aWeekOrMonthAcrossTheClockChangeIsAnHourLongerOrShorter() {
        // London's clocks go back on Sunday 25 October 2026: that week runs from Monday 19th 00:00 BST to Monday 26th 00:00 GMT.
        EvaluationWindow week = EvaluationWindow.resolve(new WindowSpec(WindowType.CALENDAR_WEEK, null), Instant.parse("2026-10-22T12:00:00Z"), LONDON);
        assertEquals(Instant.parse("2026-10-18T23:00:00Z"), week.from());
        assertEquals(Duration.ofDays(7).plusHours(1), week.period());
        EvaluationWindow march = EvaluationWindow.resolve(new WindowSpec(WindowType.CALENDAR_MONTH, null), Instant.parse("2026-03-31T12:00:00Z"), LONDON);
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), march.from());
        assertEquals(Duration.ofDays(31).minusHours(1), march.period());
        EvaluationWindow october = EvaluationWindow.resolve(new WindowSpec(WindowType.CALENDAR_MONTH, null), Instant.parse("2026-10-31T12:00:00Z"), LONDON);
        assertEquals(Instant.parse("2026-09-30T23:00:00Z"), october.from(), "1 October 00:00 BST");
        assertEquals(Duration.ofDays(31).plusHours(1), october.period());
    }

    @Test
    void atTheFirstInstantOfAPeriodTheWindowIsEmpty() {
        Instant monthStart = Instant.parse("2026-11-01T00:00:00Z");
        EvaluationWindow w = EvaluationWindow.resolve(new WindowSpec(WindowType.CALENDAR_MONTH, null), monthStart, ZoneOffset.UTC);
        assertEquals(monthStart, w.from());
        assertEquals(monthStart, w.to());
        assertEquals(Duration.ofDays(30), w.period());
    }

    @Test
    void burnSubWindowsAreClippedToTheWindowStart() {
        EvaluationWindow w = new EvaluationWindow(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-01T02:00:00Z"), Duration.ofDays(30));
        assertEquals(Instant.parse("2026-11-01T01:00:00Z"), w.startOfLast(Duration.ofHours(1)));
        assertEquals(w.from(), w.startOfLast(Duration.ofHours(6)), "the budget burned is this month's");
        BurnWindows b = BurnWindows.forPeriod(Duration.ofDays(30));
        assertEquals(Duration.ofHours(1), b.fastLong());
        assertEquals(Duration.ofMinutes(5), b.fastShort());
        assertEquals(Duration.ofHours(6), b.slowLong());
        assertEquals(Duration.ofMinutes(30), b.slowShort());
    }
}
