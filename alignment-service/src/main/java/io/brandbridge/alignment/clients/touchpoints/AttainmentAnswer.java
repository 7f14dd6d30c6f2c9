package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Answer of {@code POST /stats/attainment}. */
@Serdeable
public record AttainmentAnswer(long valid, long good, @Nullable List<TouchpointCounts> byTouchpoint, @Nullable List<BucketCounts> buckets) {

    public AttainmentAnswer {
        byTouchpoint = byTouchpoint == null ? List.of() : List.copyOf(byTouchpoint);
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
    }

    @Serdeable
    public record TouchpointCounts(String touchpointId, long valid, long good) {
    }

    @Serdeable
    public record BucketCounts(Instant start, long valid, long good) {
    }
}
