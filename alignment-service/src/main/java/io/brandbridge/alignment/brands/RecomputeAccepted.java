package io.brandbridge.alignment.brands;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** A recompute that is still running: its snapshot will be readable at {@code location} once stored. */
@Serdeable
@Schema(description = "The recompute takes longer than the service waits; it goes on in the background. "
        + "Its snapshot is readable at location (the brand overview with ?asOf=) once the asOf there equals this asOf.")
public record RecomputeAccepted(String brandId,
                                Instant asOf,
                                @Schema(example = "RUNNING") String status,
                                @Schema(example = "/api/v1/alignment/brands/brd_k3v9x2m8q4w7z5t1r6y0?asOf=2026-11-01T09%3A00%3A00Z") String location) {
}
