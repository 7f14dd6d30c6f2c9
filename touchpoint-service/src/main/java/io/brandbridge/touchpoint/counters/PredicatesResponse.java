package io.brandbridge.touchpoint.counters;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** The registered predicates in request order (each once), attainment ones first. */
@Serdeable
@Schema(name = "StandingPredicates", example = PredicateExamples.PREDICATES)
public record PredicatesResponse(@ArraySchema(maxItems = 400, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                                 List<PredicateResponse> predicates) {
}
