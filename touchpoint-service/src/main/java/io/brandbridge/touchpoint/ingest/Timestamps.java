package io.brandbridge.touchpoint.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * ISO-8601 date-times with an offset. The common shape {@code 2026-11-01T09:30:00[.123]Z} or
 * {@code ...+02:00} is read by hand, as every record has one; anything else goes to the JDK parser,
 * so the two accept exactly the same texts.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The instant, or null when {@code text} is not an ISO-8601 date-time with an offset. */
    public static Instant parse(String text) {
        Instant fast = parseCommonShape(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parseCommonShape(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                nanos = nanos * 10 + (s.charAt(i++) - '0');
            }
            if (i == start) {
                return null;
            }
            for (int pad = i - start; pad < 9; pad++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int hours = digits(s, i + 1, i + 3);
            int minutes = digits(s, i + 4, i + 6);
            if ((hours | minutes) < 0) {
                return null;
            }
            offsetSeconds = (s.charAt(i) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            // Out-of-range fields: let the JDK parser decide, so both paths reject the same texts.
            return null;
        }
    }

    /** The number written in s[from, to), or -1 when any of it is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
