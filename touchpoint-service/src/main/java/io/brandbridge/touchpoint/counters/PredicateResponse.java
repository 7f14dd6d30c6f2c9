package io.brandbridge.touchpoint.counters;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.Predicate;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A standing predicate and its counting at each touchpoint. Its conditions: one for ATTAINMENT (the commitment's), two for
 * PAIR (a then b, as registered). A list rather than fields that are null for one kind, so the schema holds no nullable
 * enum or reference that validators and generated clients stumble on.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StandingPredicate", example = PredicateExamples.PREDICATE)
public record PredicateResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID, example = PredicateExamples.ID) String id,
                                @Schema(requiredMode = REQUIRED) PredicateKind kind,
                                @ArraySchema(minItems = 1, maxItems = 2, arraySchema = @Schema(requiredMode = REQUIRED,
                                        description = "ATTAINMENT: its one condition; PAIR: a, then b")) List<Predicate> conditions,
                                @ArraySchema(maxItems = 500, arraySchema = @Schema(requiredMode = REQUIRED,
                                        description = "The touchpoints in the caller's scope it is counted at")) List<Progress> touchpoints) {

    static PredicateResponse of(String id, StandingPredicate predicate, List<Progress> touchpoints) {
        List<Predicate> conditions = predicate.kind() == PredicateKind.ATTAINMENT ? List.of(predicate.a()) : List.of(predicate.a(), predicate.b());
        return new PredicateResponse(id, predicate.kind(), conditions, touchpoints);
    }

    @Serdeable
    @Schema(name = "PredicateProgress")
    public record Progress(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                   example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                           @Schema(requiredMode = REQUIRED, description = "READY once stats questions about it read the counters") PredicateState state,
                           @Schema(requiredMode = REQUIRED, minimum = "0", maximum = PredicateExamples.MAX_COUNT,
                                   description = "Raw metric rows the backfill has counted") long rowsDone,
                           @Schema(requiredMode = REQUIRED, minimum = "0", maximum = PredicateExamples.MAX_COUNT,
                                   description = "Raw metric rows stored before registration") long rowsTotal) {
    }
}
