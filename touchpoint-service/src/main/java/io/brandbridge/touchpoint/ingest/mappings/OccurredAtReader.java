package io.brandbridge.touchpoint.ingest.mappings;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Turns a profile's occurredAt cells into ISO-8601 text with an offset: one column, or a date column and a time column.
 * A local time is placed in {@code zone} by {@link ZonedDateTime#of}, which moves a time in a daylight-saving gap forward
 * by the gap and gives a time that occurs twice its earlier offset.
 */
final class OccurredAtReader {

    /** What the cells hold, or a problem to report; exactly one is set. */
    record Result(String isoText, String problem) {
    }

    private final String source;
    private final String date;
    private final String time;
    private final DateTimeFormatter pattern;
    private final ZoneId zone;
    private final String describedPattern;

    OccurredAtReader(@Nullable String source, @Nullable String date, @Nullable String time, @Nullable DateTimeFormatter pattern,
                     @Nullable String patternText, @Nullable ZoneId zone) {
        this.source = source;
        this.date = date;
        this.time = time;
        this.pattern = pattern;
        this.zone = zone;
        this.describedPattern = patternText == null
                ? (source != null ? "ISO-8601 (e.g. 2026-11-01T09:30:00+01:00)" : "ISO-8601 dates and times (2026-11-01 and 09:30:00)")
                : "the pattern " + patternText;
    }

    /** The columns or paths this reader needs, in order. */
    String[] sources() {
        return source != null ? new String[] {source} : new String[] {date, time};
    }

    /** Reads from the trimmed, non-blank cells; both null means occurredAt is absent. */
    @Nullable
    Result read(@Nullable String first, @Nullable String second) {
        if (source != null) {
            return first == null ? null : parse(first, "column '" + source + "'");
        }
        if (first == null && second == null) {
            return null;
        }
        if (first == null || second == null) {
            return new Result(null, "needs both the date column '" + date + "' and the time column '" + time + "'; one is blank");
        }
        String what = "columns '" + date + "' and '" + time + "'";
        return pattern == null ? parse(first + "T" + second, what) : parse(first + " " + second, what);
    }

    private Result parse(String text, String what) {
        try {
            TemporalAccessor parsed = pattern == null
                    ? DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from, LocalDateTime::from)
                    : pattern.parseBest(text, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            OffsetDateTime at = switch (parsed) {
                case ZonedDateTime zoned -> zoned.toOffsetDateTime();
                case OffsetDateTime offset -> offset;
                case LocalDateTime local when zone != null -> ZonedDateTime.of(local, zone).toOffsetDateTime();
                default -> null;
            };
            if (at == null) {
                return new Result(null, what + (source != null ? " holds" : " hold") + " a local time and the profile has no timeZone");
            }
            return new Result(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at), null);
        } catch (DateTimeException e) {
            return new Result(null, what + (source != null ? " does" : " do") + " not match " + describedPattern);
        }
    }
}
