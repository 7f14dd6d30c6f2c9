package io.brandbridge.touchpoint.stats;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The 2×2 table over interactions in range that carry both metrics. */
@Serdeable
@Schema(name = "ContingencyResponse", example = StatsExamples.CONTINGENCY)
public record ContingencyResponse(@Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long bothMet,
                                  @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long aOnly,
                                  @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long bOnly,
                                  @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long neither) {
}
