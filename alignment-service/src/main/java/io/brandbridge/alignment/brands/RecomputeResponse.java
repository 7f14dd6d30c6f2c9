package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.recompute.RecomputeService;
import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.snapshots.PromiseSummary;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The snapshot a recompute stored (the same shape as the brand overview) and what computing it took. */
@Serdeable
@Schema(description = "The new snapshot's summary, as GET /api/v1/alignment/brands/{brandId} answers it, plus the calls made to other services and the time taken.")
public record RecomputeResponse(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String brandId,
                                @Schema(requiredMode = REQUIRED, description = SnapshotFields.AS_OF, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                                Instant asOf,
                                @Schema(requiredMode = REQUIRED, description = SnapshotFields.COMPUTED_AT, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                                Instant computedAt,
                                @Schema(requiredMode = REQUIRED, description = SnapshotFields.STALE) boolean stale,
                                @Schema(requiredMode = REQUIRED, description = "The brand time zone calendar windows were evaluated in", example = "Europe/London",
                                        maxLength = SnapshotFields.TIME_ZONE_LENGTH, pattern = SnapshotFields.TIME_ZONE_PATTERN)
                                String timeZone,
                                @Schema(requiredMode = REQUIRED, nullable = true, description = SnapshotFields.INDEX, minimum = "0", maximum = "100")
                                @Nullable Double index,
                                @Schema(requiredMode = REQUIRED, format = "int32", minimum = "0", maximum = Limits.INT_MAX) int gapCount,
                                @Schema(requiredMode = REQUIRED, format = "int32", minimum = "0", maximum = Limits.INT_MAX) int conflictCount,
                                @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Each promise version in force at asOf"), maxItems = Limits.PROMISES)
                                List<PromiseSummary> promises,
                                @Schema(requiredMode = REQUIRED, description = "Calls made to promise-service and touchpoint-service (retries not counted)",
                                        format = "int32", minimum = "0", maximum = Limits.INT_MAX)
                                int dependencyCalls,
                                @Schema(requiredMode = REQUIRED, description = "How long the recompute took",
                                        format = "int64", minimum = "0", maximum = Limits.LONG_MAX)
                                long durationMillis) {

    static RecomputeResponse from(RecomputeService.Outcome outcome) {
        Snapshot s = outcome.snapshot();
        return new RecomputeResponse(s.brandId(), s.asOf(), s.computedAt(), s.stale(), s.timeZone(), s.summary().index(),
                s.summary().gapCount(), s.summary().conflictCount(), s.summary().promises(), outcome.dependencyCalls(), outcome.took().toMillis());
    }
}
