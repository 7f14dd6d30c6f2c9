package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A recompute that is still running: its snapshot will be readable at {@code location} once stored. */
@Serdeable
@Schema(description = "The recompute takes longer than the service waits; it goes on in the background. "
        + "Its snapshot is readable at location (the brand overview with ?asOf=) once the asOf there equals this asOf.")
public record RecomputeAccepted(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String brandId,
                                @Schema(requiredMode = REQUIRED, description = "The instant being measured up to, to the whole second",
                                        format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                                Instant asOf,
                                @Schema(requiredMode = REQUIRED, allowableValues = RUNNING) String status,
                                @Schema(requiredMode = REQUIRED, description = "Where the snapshot will be readable, as in the Location header",
                                        format = "uri-reference", maxLength = RecomputeLocation.MAX_LENGTH,
                                        example = "/api/v1/alignment/brands/brd_k3v9x2m8q4w7z5t1r6y0?asOf=2026-11-01T09%3A00%3A00Z")
                                String location) {

    static final String RUNNING = "RUNNING";
}
