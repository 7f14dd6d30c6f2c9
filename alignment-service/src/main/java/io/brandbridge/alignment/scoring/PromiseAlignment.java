package io.brandbridge.alignment.scoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One promise version: its score, status and every commitment. */
@Serdeable
@Schema(description = "A promise version scored: score = commitment scores weighted by weight over commitments with data; "
        + "status = the worst commitment status (BROKEN, AT_RISK, NO_DATA, KEPT in that order).")
public record PromiseAlignment(String promiseId,
                               int version,
                               String title,
                               int priority,
                               List<String> touchpointTypes,
                               @Nullable Double score,
                               Status status,
                               List<CommitmentAlignment> commitments) {
}
