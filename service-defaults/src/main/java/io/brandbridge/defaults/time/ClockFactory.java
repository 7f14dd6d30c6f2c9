package io.brandbridge.defaults.time;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One clock for "now" everywhere, so tests can replace it and drive time deterministically. */
@Factory
public class ClockFactory {

    @Singleton
    @Secondary
    Clock systemClock() {
        return Clock.systemUTC();
    }
}
