package io.brandbridge.touchpoint.support;

import io.brandbridge.defaults.testing.MutableClock;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Tests that set {@code test.mutable-clock=true} drive "now" by hand. */
@Factory
@Requires(property = "test.mutable-clock", value = "true")
class MutableClockFactory {

    @Singleton
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(Instant.parse("2026-05-20T12:00:00Z"));
    }
}
