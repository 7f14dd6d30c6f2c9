package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Body of {@code POST /stats/predicates}: standing predicates touchpoint-service keeps hourly counters of at these
 * touchpoints, attainment conditions and (a, b) pairs for 2×2 tables. Registering again changes nothing but their last use.
 */
@Serdeable
public record PredicateRegistration(List<String> touchpointIds, List<StatsCondition> attainment, List<Pair> pairs) {

    /** touchpoint-service takes at most this many attainment conditions, and as many pairs, in one registration. */
    public static final int MAX_PREDICATES = 200;

    public PredicateRegistration {
        touchpointIds = List.copyOf(touchpointIds);
        attainment = List.copyOf(attainment);
        pairs = List.copyOf(pairs);
    }

    /** A 2×2 table's two conditions: a an operational target's, b a commitment's. */
    @Serdeable
    public record Pair(StatsCondition a, StatsCondition b) {
    }
}
