package io.brandbridge.alignment.scoring;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Creator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A (promise, commitment, touchpoint) whose attainment is below the objective. */
@Serdeable
@Schema(description = "A touchpoint with at least minSample interactions that misses a commitment's objective; excessBroken counts the customers let down beyond the error budget.")
public record Gap(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String promiseId,
                  @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String promiseTitle,
                  @Schema(requiredMode = REQUIRED, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN) String commitmentKey,
                  @Schema(requiredMode = REQUIRED, maxLength = Limits.KEY_LENGTH, pattern = Limits.KEY_PATTERN) String metric,
                  @Schema(requiredMode = REQUIRED) Comparison op,
                  @Schema(requiredMode = REQUIRED) double threshold,
                  @Schema(requiredMode = REQUIRED, minimum = "0", exclusiveMinimum = true, maximum = "1", exclusiveMaximum = true) double objective,
                  @Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String touchpointId,
                  @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String touchpointName,
                  @Schema(requiredMode = REQUIRED, implementation = TouchpointType.class) String touchpointType,
                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "1", maximum = Limits.LONG_MAX) long valid,
                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long good,
                  @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "1") double attainment,
                  @Schema(requiredMode = REQUIRED, minimum = "0") double allowedBad,
                  @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long brokenPromises,
                  @Schema(requiredMode = REQUIRED, minimum = "0") double excessBroken,
                  @Schema(requiredMode = REQUIRED, maxLength = Limits.SENTENCE_LENGTH, pattern = SchemaPatterns.SINGLE_LINE,
                          example = "At Manila contact centre, 1,204 customers were let down on “Answered within a minute” (answer_time), "
                                  + "412.5 beyond the error budget of 791.5: 87.6% kept against an objective of 95%")
                  String sentence) {

    /** A gap in words from its figures; a snapshot stored before gaps had a sentence gets one when it is read. */
    @Creator
    public Gap {
        if (sentence == null) {
            sentence = GapWording.sentence(touchpointName, promiseTitle, commitmentKey, brokenPromises, excessBroken, allowedBad,
                    attainment, objective);
        }
    }

    /** A gap worded from its figures. */
    public Gap(String promiseId, String promiseTitle, String commitmentKey, String metric, Comparison op, double threshold, double objective,
               String touchpointId, String touchpointName, String touchpointType, long valid, long good, double attainment,
               double allowedBad, long brokenPromises, double excessBroken) {
        this(promiseId, promiseTitle, commitmentKey, metric, op, threshold, objective, touchpointId, touchpointName, touchpointType,
                valid, good, attainment, allowedBad, brokenPromises, excessBroken, null);
    }
}
