package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /stats/contingency/batch}: the 2×2 table of a and b for each window, as {@code /stats/contingency} answers it. */
@Serdeable
public record ContingencyBatchQuery(List<String> touchpointIds, StatsCondition a, StatsCondition b, List<Window> windows) {

    public ContingencyBatchQuery {
        touchpointIds = List.copyOf(touchpointIds);
        windows = List.copyOf(windows);
    }

    /** [from, to). */
    @Serdeable
    public record Window(Instant from, Instant to) {
    }
}
