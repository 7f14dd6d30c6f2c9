package io.brandbridge.touchpoint.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants go to DATETIME(6) columns as UTC wall-clock values, so hand-written SQL does not depend on
 * the connection's or the JVM's time zone. They are bound as text: Connector/J drops the fraction of
 * temporal parameters on MariaDB 10.x, which announces itself as a 5.5 server.
 */
public final class DbTimes {

    private DbTimes() {
    }

    /**
     * {@code yyyy-MM-dd HH:mm:ss.SSSSSS} in UTC, finer digits dropped; years 1000 to 9999 (callers
     * check). Formatted by hand because ingestion formats one per record.
     */
    public static String sql(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        char[] out = new char[26];
        put(out, 0, t.getYear(), 4);
        out[4] = '-';
        put(out, 5, t.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, t.getDayOfMonth(), 2);
        out[10] = ' ';
        put(out, 11, t.getHour(), 2);
        out[13] = ':';
        put(out, 14, t.getMinute(), 2);
        out[16] = ':';
        put(out, 17, t.getSecond(), 2);
        out[19] = '.';
        put(out, 20, t.getNano() / 1000, 6);
        return new String(out);
    }

    public static Instant fromDb(LocalDateTime value) {
        return value.toInstant(ZoneOffset.UTC);
    }

    private static void put(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
