package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** Why one record was rejected. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IngestError")
public record IngestError(
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = IngestReport.MAX_COUNT,
                description = "0-based position of the record in the request (for CSV: the data row after the header; blank lines are not counted)") int index,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = IngestLimits.MAX_ID_CHARS, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The record's externalId when it could be read and is a valid one; otherwise null", example = "call-000017") String externalId,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = ReportBuilder.MAX_FIELD, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The offending field: externalId, occurredAt, journeyId, customerRef, metrics.<key> or attributes.<key> "
                        + "(just metrics or attributes when the key itself is too long or holds control characters); null when the "
                        + "record as a whole is unreadable", example = "metrics.wait_seconds") String field,
        @Schema(requiredMode = REQUIRED, maxLength = ReportBuilder.MAX_MESSAGE, pattern = SchemaPatterns.SINGLE_LINE,
                example = "must be at least 0") String message) {
}
