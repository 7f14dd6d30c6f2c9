package io.brandbridge.touchpoint.counters;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.brandbridge.touchpoint.metrics.Predicate;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A standing predicate and its counting at each touchpoint: ATTAINMENT carries metric, op and threshold, PAIR carries a and b;
 * the other fields are null.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StandingPredicate", example = PredicateExamples.PREDICATE)
public record PredicateResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID, example = PredicateExamples.ID) String id,
                                @Schema(requiredMode = REQUIRED) PredicateKind kind,
                                @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = MetricKeys.MAX_LENGTH, pattern = MetricKeys.REGEX) String metric,
                                @Nullable @Schema(requiredMode = REQUIRED, nullable = true) Comparison op,
                                @Nullable @Schema(requiredMode = REQUIRED, nullable = true) Double threshold,
                                @Nullable Predicate a,
                                @Nullable Predicate b,
                                @ArraySchema(maxItems = 500, arraySchema = @Schema(requiredMode = REQUIRED,
                                        description = "The touchpoints in the caller's scope it is counted at")) List<Progress> touchpoints) {

    static PredicateResponse of(String id, StandingPredicate predicate, List<Progress> touchpoints) {
        if (predicate.kind() == PredicateKind.ATTAINMENT) {
            Predicate a = predicate.a();
            return new PredicateResponse(id, predicate.kind(), a.metric(), a.op(), a.threshold(), null, null, touchpoints);
        }
        return new PredicateResponse(id, predicate.kind(), null, null, null, predicate.a(), predicate.b(), touchpoints);
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
