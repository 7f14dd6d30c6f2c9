package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.MetricValues;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One valid record of a preview, as the push would store it (customerRef as given: it is pseudonymised only when stored). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PreviewRecord")
public record PreviewRecord(
        @Schema(requiredMode = REQUIRED, maxLength = IngestLimits.MAX_ID_CHARS, pattern = SchemaPatterns.SINGLE_LINE, example = "C-1001")
        String externalId,
        @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "In UTC, microseconds") Instant occurredAt,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = IngestLimits.MAX_ID_CHARS, pattern = SchemaPatterns.SINGLE_LINE,
                example = "case-77") String journeyId,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = IngestLimits.MAX_ID_CHARS, pattern = SchemaPatterns.SINGLE_LINE,
                description = "As given; the push stores the brand's pseudonym of it", example = "cust-4411") String customerRef,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 64, pattern = SchemaPatterns.SINGLE_LINE,
                description = "As given", example = "3") String sourceVersion,
        @Schema(requiredMode = REQUIRED, ref = MetricValues.SCHEMA) Map<String, Object> metrics,
        // The listing's own attributes schema: a preview record's attributes are exactly what the listing will show.
        @Schema(requiredMode = REQUIRED, ref = "#/components/schemas/Interaction/properties/attributes") Map<String, String> attributes) {
}
