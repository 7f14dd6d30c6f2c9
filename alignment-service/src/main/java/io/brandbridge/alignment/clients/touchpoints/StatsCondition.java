package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.serde.annotation.Serdeable;

/** {@code metric op threshold} as the stats API takes it; op is LT, LE, GT, GE or EQ. */
@Serdeable
public record StatsCondition(String metric, String op, double threshold) {
}
