package io.brandbridge.touchpoint.stats;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One ContingencyResponse per requested window, in request order. */
@Serdeable
@Schema(name = "ContingencyBatchResponse", example = StatsExamples.CONTINGENCY_BATCH)
public record ContingencyBatchResponse(@ArraySchema(maxItems = 50, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                                       List<ContingencyResponse> windows) {
}
