package io.brandbridge.touchpoint.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * {@code valid}: interactions in range carrying the metric; {@code good}: those where the predicate holds.
 * {@code byTouchpoint} lists every requested touchpoint in the caller's scope, zeros included, in
 * request order; {@code buckets} is every bucket from the one holding {@code from} up to {@code to},
 * zeros included, and empty when no bucket was asked for.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AttainmentResponse", example = StatsExamples.ATTAINMENT)
public record AttainmentResponse(@Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long valid,
                                 @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long good,
                                 @ArraySchema(maxItems = 500, arraySchema = @Schema(requiredMode = REQUIRED)) List<TouchpointCount> byTouchpoint,
                                 @ArraySchema(maxItems = MAX_BUCKETS, arraySchema = @Schema(requiredMode = REQUIRED)) List<BucketCount> buckets) {

    /** Hours in 400 days, plus the partial hour a range may start in. */
    static final int MAX_BUCKETS = 400 * 24 + 1;

    @Serdeable
    @Schema(name = "TouchpointAttainment")
    public record TouchpointCount(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                          example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                  @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long valid,
                                  @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long good) {
    }

    @Serdeable
    @Schema(name = "BucketAttainment")
    public record BucketCount(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "Start of the UTC hour or day")
                              Instant start,
                              @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long valid,
                              @Schema(requiredMode = REQUIRED, minimum = "0", maximum = StatsExamples.MAX_COUNT) long good) {
    }
}
