package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One promise's commitment × touchpoint breakdown as of one snapshot. */
@Serdeable
@Schema(description = "One promise version as of one snapshot: score = commitment scores weighted by weight over commitments with data; "
        + "status = the worst commitment status (BROKEN, AT_RISK, NO_DATA, KEPT).")
public record PromiseAlignmentResponse(String brandId,
                                       Instant asOf,
                                       Instant computedAt,
                                       boolean stale,
                                       String promiseId,
                                       int version,
                                       String title,
                                       int priority,
                                       List<String> touchpointTypes,
                                       @Nullable Double score,
                                       Status status,
                                       List<CommitmentAlignment> commitments) {

    static PromiseAlignmentResponse from(Snapshot s, PromiseAlignment p) {
        return new PromiseAlignmentResponse(s.brandId(), s.asOf(), s.computedAt(), s.stale(), p.promiseId(), p.version(), p.title(),
                p.priority(), p.touchpointTypes(), p.score(), p.status(), p.commitments());
    }
}
