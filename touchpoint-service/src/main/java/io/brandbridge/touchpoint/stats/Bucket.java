package io.brandbridge.touchpoint.stats;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time buckets of an attainment series, aligned to UTC hours or days. */
public enum Bucket {
    HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Bucket(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The SQL unit name for TIMESTAMPDIFF; safe to splice because it comes from this enum only. */
    String sqlUnit() {
        return name();
    }

    Instant floor(Instant instant) {
        return instant.truncatedTo(unit);
    }

    /** The index of the bucket holding {@code instant}, counted in whole units from {@code origin} (not after it). */
    long index(Instant origin, Instant instant) {
        return unit.between(origin, instant);
    }

    Instant start(Instant origin, long index) {
        return origin.plus(index, unit);
    }
}
