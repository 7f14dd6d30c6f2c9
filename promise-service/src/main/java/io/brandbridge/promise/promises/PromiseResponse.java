package io.brandbridge.promise.promises;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.promise.http.ApiDocs;
import io.brandbridge.promise.metrics.MetricKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One version of a promise; {@code id} is the promise's and stays the same across versions. Every field is
 * always sent and keeps the limits of {@link PromiseRequest}, so a promise as read is a valid body for its update.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Promise")
public record PromiseResponse(@Schema(requiredMode = REQUIRED, example = "prm_8d2k4m6n8p0q2r4s6t8v",
                                      maxLength = ApiDocs.ID_MAX, pattern = SchemaPatterns.ID) String id,
                              @Schema(requiredMode = REQUIRED, example = "brd_k3v9x7q2m4c8d1f5g6h0",
                                      maxLength = ApiDocs.ID_MAX, pattern = SchemaPatterns.ID) String brandId,
                              @Schema(requiredMode = REQUIRED, example = "Your call answered within a minute",
                                      maxLength = PromiseContent.TITLE_MAX, pattern = SchemaPatterns.SINGLE_LINE) String title,
                              @Schema(requiredMode = REQUIRED, description = "Customer-facing copy",
                                      example = "When you call us, a person answers within 60 seconds.",
                                      maxLength = PromiseContent.STATEMENT_MAX, pattern = SchemaPatterns.MULTILINE) String statement,
                              @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Touchpoint types that deliver the promise"),
                                      maxItems = PromiseContent.TOUCHPOINT_TYPES_MAX, uniqueItems = true)
                              List<TouchpointType> touchpointTypes,
                              @Schema(requiredMode = REQUIRED, description = "Weight in the brand index", minimum = "" + PromiseContent.PRIORITY_MIN, maximum = "" + PromiseContent.PRIORITY_MAX,
                                      example = "4") int priority,
                              @Schema(requiredMode = REQUIRED) PromiseStatus status,
                              @Schema(requiredMode = REQUIRED, description = "1 for the first version, n+1 for each edit of an active promise",
                                      minimum = "1", maximum = "2147483647", example = "2") int version,
                              @Schema(requiredMode = REQUIRED, description = "Start of the period this version is in force; null until activated",
                                      nullable = true, format = "date-time", maxLength = ApiDocs.DATE_TIME_MAX)
                              @Nullable Instant effectiveFrom,
                              @Schema(requiredMode = REQUIRED, description = "End (exclusive) of the period this version is in force; null while open",
                                      nullable = true, format = "date-time", maxLength = ApiDocs.DATE_TIME_MAX)
                              @Nullable Instant effectiveTo,
                              @Schema(requiredMode = REQUIRED, description = "When this version was created", format = "date-time",
                                      maxLength = ApiDocs.DATE_TIME_MAX) Instant createdAt,
                              @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Measurable commitments, keys unique"),
                                      maxItems = PromiseContent.COMMITMENTS_MAX)
                              List<CommitmentResponse> commitments) {

    static PromiseResponse from(PromiseView view) {
        PromiseVersion v = view.version();
        PromiseContent c = view.content();
        return new PromiseResponse(v.promiseId(), v.brandId(), c.title(), c.statement(), c.touchpointTypes(), c.priority(),
                v.status(), v.version(), v.effectiveFrom(), v.effectiveTo(), v.createdAt(),
                c.commitments().stream().map(CommitmentResponse::from).toList());
    }

    /** A commitment with its defaults applied; it keeps every limit of {@link CommitmentRequest}. */
    @Serdeable
    @Schema(name = "Commitment")
    public record CommitmentResponse(@Schema(requiredMode = REQUIRED, description = "Unique within the promise", example = "answered_in_60s",
                                             maxLength = MetricKeys.MAX_LENGTH, pattern = MetricKeys.PATTERN) String key,
                                     @Schema(requiredMode = REQUIRED, description = "A metric of the brand's catalogue", example = "wait_seconds",
                                             maxLength = MetricKeys.MAX_LENGTH, pattern = MetricKeys.PATTERN) String metric,
                                     @Schema(requiredMode = REQUIRED) ComparisonOp op,
                                     @Schema(requiredMode = REQUIRED, example = "60") double threshold,
                                     @Schema(requiredMode = REQUIRED, description = "Share of interactions that must meet the threshold",
                                             minimum = "0", exclusiveMinimum = true, maximum = "1", exclusiveMaximum = true,
                                             example = "0.8") double objective,
                                     WindowResponse window,
                                     @Schema(requiredMode = REQUIRED, description = "Weight within the promise score",
                                             minimum = "0", exclusiveMinimum = true, example = "1") double weight,
                                     @Schema(requiredMode = REQUIRED, description = "Fewest interactions for a verdict",
                                             minimum = "1", maximum = "" + CommitmentRequest.MIN_SAMPLE_MAX, example = "30") int minSample) {

        static CommitmentResponse from(PromiseContent.Spec spec) {
            return new CommitmentResponse(spec.key(), spec.metric(), spec.op(), spec.threshold(), spec.objective(),
                    new WindowResponse(spec.windowType(), spec.windowDays()), spec.weight(), spec.minSample());
        }
    }

    /** {@code days} is left out for calendar windows. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommitmentWindow")
    public record WindowResponse(@Schema(requiredMode = REQUIRED) WindowType type,
                                 @Schema(description = "Only for ROLLING_DAYS; left out otherwise", minimum = "1",
                                         maximum = "" + WindowRequest.DAYS_MAX, example = "28") Integer days) {
    }
}
