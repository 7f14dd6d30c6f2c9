package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.recompute.RecomputeService;
import io.brandbridge.alignment.scoring.Limits;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The snapshot a recompute stored (the same shape as the brand overview) and what computing it took. */
@Serdeable
@Schema(description = "The new snapshot's summary, as GET /api/v1/alignment/brands/{brandId} answers it, plus the calls made to other services and the time taken.")
public record RecomputeResponse(@JsonUnwrapped BrandAlignmentResponse summary,
                                @Schema(requiredMode = REQUIRED, description = "Calls made to promise-service and touchpoint-service (retries not counted)",
                                        format = "int32", minimum = "0", maximum = Limits.INT_MAX)
                                int dependencyCalls,
                                @Schema(requiredMode = REQUIRED, description = "How long the recompute took",
                                        format = "int64", minimum = "0", maximum = Limits.LONG_MAX)
                                long durationMillis) {

    static RecomputeResponse from(RecomputeService.Outcome outcome) {
        return new RecomputeResponse(BrandAlignmentResponse.from(outcome.snapshot()), outcome.dependencyCalls(), outcome.took().toMillis());
    }
}
