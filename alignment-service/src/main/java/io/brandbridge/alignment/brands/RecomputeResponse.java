package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.recompute.RecomputeService;
import io.brandbridge.alignment.snapshots.PromiseSummary;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The snapshot a recompute stored (the same shape as the brand overview) and what computing it took. */
@Serdeable
@Schema(description = "The new snapshot's summary, as GET /alignment/brands/{brandId} answers it, plus the calls made to other services and the time taken.")
public record RecomputeResponse(String brandId,
                                Instant asOf,
                                Instant computedAt,
                                boolean stale,
                                String timeZone,
                                @Nullable Double index,
                                int gapCount,
                                int conflictCount,
                                List<PromiseSummary> promises,
                                @Schema(description = "Calls made to promise-service and touchpoint-service (retries not counted)") int dependencyCalls,
                                long durationMillis) {

    static RecomputeResponse from(RecomputeService.Outcome outcome) {
        Snapshot s = outcome.snapshot();
        return new RecomputeResponse(s.brandId(), s.asOf(), s.computedAt(), s.stale(), s.timeZone(), s.summary().index(),
                s.summary().gapCount(), s.summary().conflictCount(), s.summary().promises(), outcome.dependencyCalls(), outcome.took().toMillis());
    }
}
