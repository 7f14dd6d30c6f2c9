package io.brandbridge.alignment.backfill;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The instant a day's snapshot is as of: the day's last whole second in the brand's time zone (23:59:59, or the last
 * second before a DST change that swallows midnight). Windows end there, so a calendar month's last day still measures
 * the whole month rather than the empty first instant of the next; an interaction in the final second counts from the
 * next day's snapshot on.
 */
public final class DayEnd {

    private DayEnd() {
    }

    public static Instant of(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }
}
