package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.metrics.MetricValues;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * The shape of one pushed interaction, for the OpenAPI description; the body itself is read as a stream and
 * {@link RecordValidator} checks each record, so the limits here are its rules.
 */
@Schema(name = "InteractionRecord", description = "One interaction as an integrator pushes it. A record breaking a rule is rejected "
        + "and reported; the valid records of the request are stored. Unknown properties are ignored.")
record InteractionRecordSchema(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = IngestLimits.MAX_ID_CHARS, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The integrator's id, unique per touchpoint; not blank", example = "call-2026-11-01-000042") String externalId,
        @Schema(requiredMode = REQUIRED, type = "string", format = "date-time", maxLength = ApiDocs.MAX_DATE_TIME,
                description = "ISO-8601 with an offset, from 1970 to at most 1 day in the future", example = "2026-11-01T09:30:00Z") String occurredAt,
        @Nullable @Schema(nullable = true, maxLength = IngestLimits.MAX_ID_CHARS, pattern = SchemaPatterns.SINGLE_LINE,
                example = "jrn-7f3a") String journeyId,
        @Nullable @Schema(nullable = true, maxLength = IngestLimits.MAX_ID_CHARS, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The integrator's reference for the customer. Personal data: only the brand's keyed hash of it is stored, "
                        + "so the same value links the customer's contacts into journeys", example = "cust-93b1") String customerRef,
        @Nullable @Schema(ref = MetricValues.SCHEMA, description = "Absent or null for none; standard metrics must be in range "
                + "(`csat` 1..5, `nps` 0..10, `effort` 1..7, durations and `transfers` at least 0)") Map<String, Object> metrics,
        @Nullable @Schema(nullable = true, maxProperties = IngestLimits.MAX_ATTRIBUTES, description = IngestLimits.ATTRIBUTES,
                example = "{\"queue\":\"billing\"}")
        Map<String, @Size(max = IngestLimits.MAX_ATTRIBUTE_CHARS) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String> attributes) {
}
