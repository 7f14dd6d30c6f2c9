package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /stats/attainment}: counts over [from, to), per touchpoint and, if {@code bucket} is HOUR or DAY, per bucket. */
@Serdeable
public record AttainmentQuery(List<String> touchpointIds, String metric, String op, double threshold, Instant from, Instant to,
                              @Nullable String bucket) {

    public static final String HOUR = "HOUR";
}
