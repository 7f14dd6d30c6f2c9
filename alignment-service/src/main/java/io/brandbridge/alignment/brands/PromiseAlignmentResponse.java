package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.alignment.scoring.TouchpointType;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One promise's commitment × touchpoint breakdown as of one snapshot. */
@Serdeable
@Schema(description = "One promise version as of one snapshot: score = commitment scores weighted by weight over commitments with data "
        + "(null when none has data); status = the worst commitment status (BROKEN, AT_RISK, NO_DATA, KEPT).")
public record PromiseAlignmentResponse(@JsonUnwrapped SnapshotStamp snapshot,
                                       @Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String promiseId,
                                       @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = Limits.INT_MAX) int version,
                                       @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String title,
                                       @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = "5") int priority,
                                       @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The touchpoint types the promise covers, sorted"),
                                               schema = @Schema(implementation = TouchpointType.class), maxItems = Limits.TOUCHPOINT_TYPES, uniqueItems = true)
                                       List<String> touchpointTypes,
                                       @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "100") @Nullable Double score,
                                       @Schema(requiredMode = REQUIRED) Status status,
                                       @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED), maxItems = Limits.COMMITMENTS)
                                       List<CommitmentAlignment> commitments) {

    static PromiseAlignmentResponse from(Snapshot s, PromiseAlignment p) {
        return new PromiseAlignmentResponse(SnapshotStamp.of(s), p.promiseId(), p.version(), p.title(),
                p.priority(), p.touchpointTypes(), p.score(), p.status(), p.commitments());
    }
}
