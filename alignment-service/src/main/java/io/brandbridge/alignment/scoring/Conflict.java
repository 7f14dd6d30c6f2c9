package io.brandbridge.alignment.scoring;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** An operational target that works against a commitment at one touchpoint. */
@Serdeable
@Schema(description = "An operational target whose being met goes with the commitment being kept less often: "
        + "p1 = P(kept | target met), p0 = P(kept | target missed), p1 < p0 − 0.05, both groups ≥ minSample, |z| ≥ 1.96.")
public record Conflict(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String touchpointId,
                       @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String touchpointName,
                       @Schema(requiredMode = REQUIRED, implementation = TouchpointType.class) String touchpointType,
                       @Schema(requiredMode = REQUIRED) Target target,
                       @Schema(requiredMode = REQUIRED) Commitment commitment,
                       @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant from,
                       @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant to,
                       @Schema(requiredMode = REQUIRED) ContingencyTable table,
                       @Schema(requiredMode = REQUIRED, description = "Interactions that met the target",
                               format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long met,
                       @Schema(requiredMode = REQUIRED, description = "Interactions that missed the target",
                               format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long missed,
                       @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "1") double p1,
                       @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "1") double p0,
                       @Schema(requiredMode = REQUIRED, description = "The two-proportion z statistic; at most −1.96") double z,
                       @Schema(requiredMode = REQUIRED, maxLength = Limits.SENTENCE_LENGTH, pattern = SchemaPatterns.SINGLE_LINE,
                               example = "calls that met the 180 s handle-time target were resolved first time 58% of the time, longer calls 83%")
                       String sentence) {

    @Serdeable
    @Schema(description = "The operational target: `metric op threshold`, managed for cost or for service")
    public record Target(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String id,
                         @Schema(requiredMode = REQUIRED, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN) String metric,
                         @Schema(requiredMode = REQUIRED) Comparison op,
                         @Schema(requiredMode = REQUIRED) double threshold,
                         @Schema(requiredMode = REQUIRED, allowableValues = {"COST", "SERVICE"}) String kind) {
    }

    @Serdeable
    @Schema(description = "The commitment the target works against: `metric op threshold` of a promise")
    public record Commitment(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String promiseId,
                             @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String promiseTitle,
                             @Schema(requiredMode = REQUIRED, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN) String key,
                             @Schema(requiredMode = REQUIRED, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN) String metric,
                             @Schema(requiredMode = REQUIRED) Comparison op,
                             @Schema(requiredMode = REQUIRED) double threshold,
                             @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = Limits.INT_MAX) int minSample) {
    }
}
