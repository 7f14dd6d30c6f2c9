package io.brandbridge.alignment.scoring;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** An operational target that works against a commitment at one touchpoint. */
@Serdeable
@Schema(description = "An operational target whose being met goes with the commitment being kept less often: "
        + "p1 = P(kept | target met), p0 = P(kept | target missed), p1 < p0 − 0.05, both groups ≥ minSample, |z| ≥ 1.96.")
public record Conflict(String touchpointId,
                       String touchpointName,
                       String touchpointType,
                       Target target,
                       Commitment commitment,
                       Instant from,
                       Instant to,
                       ContingencyTable table,
                       long met,
                       long missed,
                       double p1,
                       double p0,
                       double z,
                       @Schema(example = "calls that met the 180 s handle-time target were resolved first time 58% of the time, longer calls 83%")
                       String sentence) {

    @Serdeable
    public record Target(String id, String metric, Comparison op, double threshold, String kind) {
    }

    @Serdeable
    public record Commitment(String promiseId, String promiseTitle, String key, String metric, Comparison op, double threshold, int minSample) {
    }
}
