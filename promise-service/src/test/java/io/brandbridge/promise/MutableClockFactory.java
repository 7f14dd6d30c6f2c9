package io.brandbridge.promise;

import io.brandbridge.defaults.testing.MutableClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/** Tests that set {@code test.mutable-clock=true} drive "now" by hand. */
@Factory
@Requires(property = "test.mutable-clock", value = "true")
class MutableClockFactory {

    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    @Singleton
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START);
    }
}
