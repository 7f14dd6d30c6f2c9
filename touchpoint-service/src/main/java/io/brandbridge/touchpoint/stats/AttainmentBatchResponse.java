package io.brandbridge.touchpoint.stats;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One AttainmentResponse per requested window, in request order. */
@Serdeable
@Schema(name = "AttainmentBatchResponse", example = StatsExamples.ATTAINMENT_BATCH)
public record AttainmentBatchResponse(@ArraySchema(maxItems = 50, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                                      List<AttainmentResponse> windows) {
}
