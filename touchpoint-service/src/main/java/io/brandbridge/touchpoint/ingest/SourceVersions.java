package io.brandbridge.touchpoint.ingest;

import java.time.Instant;

/**
 * A record's {@code sourceVersion} as one comparable number: a whole number as it is, a timestamp as microseconds since
 * 1970. A source sends one kind or the other, so the two never need to compare meaningfully with each other.
 */
final class SourceVersions {

    static final String MESSAGE = "must be a whole number from 0 or an ISO-8601 date-time with an offset, e.g. 2026-11-01T09:30:00.123Z";
    private static final int MAX_DIGITS = 18;
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private SourceVersions() {
    }

    /** The version, or null when {@code text} is neither shape. */
    static Long parse(String text) {
        String s = text.strip();
        if (!s.isEmpty() && s.length() <= MAX_DIGITS && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.parseLong(s);
        }
        Instant at = s.length() > MAX_DIGITS * 3 ? null : Timestamps.parse(s);
        if (at == null || at.isBefore(Instant.EPOCH) || at.isAfter(LATEST)) {
            return null;
        }
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
    }

    /** True when {@code incoming} should replace a stored record of version {@code stored} (null: stored without one). */
    static boolean newer(Long incoming, Long stored) {
        return incoming != null && (stored == null || incoming > stored);
    }
}
