package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Why one record was rejected. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IngestError")
public record IngestError(
        @Schema(description = "0-based position of the record in the request (for CSV: the data row after the header; blank lines are not counted)") int index,
        @Nullable @Schema(description = "The record's externalId when it could be read", nullable = true) String externalId,
        @Nullable @Schema(description = "The offending field: externalId, occurredAt, journeyId, customerRef, metrics.<key> or attributes.<key>; null when the record as a whole is unreadable",
                nullable = true, example = "metrics.wait_seconds") String field,
        @Schema(example = "must be at least 0") String message) {
}
