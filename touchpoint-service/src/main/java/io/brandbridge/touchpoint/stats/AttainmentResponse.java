package io.brandbridge.touchpoint.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * {@code valid}: interactions in range carrying the metric; {@code good}: those where the predicate holds.
 * {@code byTouchpoint} lists every requested touchpoint in the caller's scope, zeros included, in
 * request order; {@code buckets} is every bucket from the one holding {@code from} up to {@code to},
 * zeros included, and empty when no bucket was asked for.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AttainmentResponse", example = """
        {"valid":1200,"good":1010,"byTouchpoint":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","valid":1200,"good":1010}],"buckets":[{"start":"2026-10-31T00:00:00Z","valid":1200,"good":1010}]}""")
public record AttainmentResponse(long valid, long good, List<TouchpointCount> byTouchpoint, List<BucketCount> buckets) {

    @Serdeable
    @Schema(name = "TouchpointAttainment")
    public record TouchpointCount(String touchpointId, long valid, long good) {
    }

    @Serdeable
    @Schema(name = "BucketAttainment")
    public record BucketCount(Instant start, long valid, long good) {
    }
}
