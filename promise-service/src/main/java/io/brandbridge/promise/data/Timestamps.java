package io.brandbridge.promise.data;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stored times are whole seconds. MySQL Connector/J drops fractions on MariaDB 10.x (it reads the server as
 * version 5.5.5), so cutting them before storing makes every supported database store and answer the same.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
