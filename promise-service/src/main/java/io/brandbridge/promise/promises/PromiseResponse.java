package io.brandbridge.promise.promises;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One version of a promise; {@code id} is the promise's and stays the same across versions. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Promise")
public record PromiseResponse(@Schema(example = "prm_8d2k4m6n8p0q2r4s6t8v") String id,
                              @Schema(example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                              String title,
                              String statement,
                              List<TouchpointType> touchpointTypes,
                              @Schema(minimum = "1", maximum = "5") int priority,
                              PromiseStatus status,
                              @Schema(description = "1 for the first version, n+1 for each edit of an active promise") int version,
                              @Schema(description = "Start of the period this version is in force; null until activated", nullable = true)
                              @Nullable Instant effectiveFrom,
                              @Schema(description = "End (exclusive) of the period this version is in force; null while open", nullable = true)
                              @Nullable Instant effectiveTo,
                              @Schema(description = "When this version was created") Instant createdAt,
                              List<CommitmentResponse> commitments) {

    static PromiseResponse from(PromiseView view) {
        PromiseVersion v = view.version();
        PromiseContent c = view.content();
        return new PromiseResponse(v.promiseId(), v.brandId(), c.title(), c.statement(), c.touchpointTypes(), c.priority(),
                v.status(), v.version(), v.effectiveFrom(), v.effectiveTo(), v.createdAt(),
                c.commitments().stream().map(CommitmentResponse::from).toList());
    }

    @Serdeable
    @Schema(name = "Commitment")
    public record CommitmentResponse(@Schema(example = "answered_in_60s") String key,
                                     @Schema(example = "wait_seconds") String metric,
                                     ComparisonOp op,
                                     @Schema(example = "60") double threshold,
                                     @Schema(example = "0.8") double objective,
                                     WindowResponse window,
                                     @Schema(example = "1") double weight,
                                     @Schema(example = "30") int minSample) {

        static CommitmentResponse from(PromiseContent.Spec spec) {
            return new CommitmentResponse(spec.key(), spec.metric(), spec.op(), spec.threshold(), spec.objective(),
                    new WindowResponse(spec.windowType(), spec.windowDays()), spec.weight(), spec.minSample());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CommitmentWindow")
    public record WindowResponse(WindowType type,
                                 @Schema(description = "Only for ROLLING_DAYS", nullable = true) @Nullable Integer days) {
    }
}
