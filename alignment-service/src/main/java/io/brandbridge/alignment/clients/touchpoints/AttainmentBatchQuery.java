package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /stats/attainment/batch}: one predicate over its touchpoints, answered for each window as {@code /stats/attainment} would. */
@Serdeable
public record AttainmentBatchQuery(List<String> touchpointIds, String metric, String op, double threshold, List<Window> windows) {

    /** touchpoint-service takes at most this many windows in one batch. */
    public static final int MAX_WINDOWS = 50;

    public AttainmentBatchQuery {
        touchpointIds = List.copyOf(touchpointIds);
        windows = List.copyOf(windows);
    }

    /** [from, to), with hourly (HOUR) or daily (DAY) buckets, or none when null. */
    @Serdeable
    public record Window(Instant from, Instant to, @Nullable String bucket) {
    }
}
