package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /stats/contingency}: the 2×2 table of a and b over [from, to), among interactions carrying both metrics. */
@Serdeable
public record ContingencyQuery(List<String> touchpointIds, StatsCondition a, StatsCondition b, Instant from, Instant to) {
}
