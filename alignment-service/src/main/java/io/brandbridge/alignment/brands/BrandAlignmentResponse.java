package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.PromiseSummary;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A brand's alignment index and promise summary as of one snapshot. */
@Serdeable
@Schema(description = "A brand's alignment as of one snapshot: the index and each promise in force.")
public record BrandAlignmentResponse(@JsonUnwrapped SnapshotStamp snapshot,
                                     @Schema(requiredMode = REQUIRED, description = "The brand time zone calendar windows were evaluated in", example = "Europe/London",
                                             maxLength = SnapshotFields.TIME_ZONE_LENGTH, pattern = SnapshotFields.TIME_ZONE_PATTERN)
                                     String timeZone,
                                     @Schema(requiredMode = REQUIRED, nullable = true, description = SnapshotFields.INDEX, minimum = "0", maximum = "100", example = "87.5")
                                     @Nullable Double index,
                                     @Schema(requiredMode = REQUIRED, description = "Gaps in the snapshot (GET .../gaps lists them)",
                                             format = "int32", minimum = "0", maximum = Limits.INT_MAX)
                                     int gapCount,
                                     @Schema(requiredMode = REQUIRED, description = "Conflicts in the snapshot (GET .../conflicts lists them)",
                                             format = "int32", minimum = "0", maximum = Limits.INT_MAX)
                                     int conflictCount,
                                     @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Each promise version in force at asOf"), maxItems = Limits.PROMISES)
                                     List<PromiseSummary> promises) {

    static BrandAlignmentResponse from(Snapshot s) {
        return new BrandAlignmentResponse(SnapshotStamp.of(s), s.timeZone(), s.summary().index(),
                s.summary().gapCount(), s.summary().conflictCount(), s.summary().promises());
    }
}
