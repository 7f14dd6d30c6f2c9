package io.brandbridge.alignment.snapshots;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A promise's score and status as of one snapshot. */
@Serdeable
@Schema(description = "A promise's score and status as of one snapshot; score is null when no commitment has data.")
public record PromiseSummary(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String promiseId,
                             @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = Limits.INT_MAX) int version,
                             @Schema(requiredMode = REQUIRED, maxLength = Limits.NAME_LENGTH, pattern = SchemaPatterns.SINGLE_LINE) String title,
                             @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = "5") int priority,
                             @Schema(requiredMode = REQUIRED, nullable = true, minimum = "0", maximum = "100") @Nullable Double score,
                             @Schema(requiredMode = REQUIRED) Status status) {

    static PromiseSummary from(PromiseAlignment promise) {
        return new PromiseSummary(promise.promiseId(), promise.version(), promise.title(), promise.priority(), promise.score(), promise.status());
    }
}
