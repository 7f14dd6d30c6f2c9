package io.brandbridge.touchpoint.ingest;

import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.Map;

/** The shape of one pushed interaction, for the OpenAPI description; the body itself is read as a stream. */
@Schema(name = "InteractionRecord", description = "One interaction as an integrator pushes it. Unknown properties are ignored.")
record InteractionRecordSchema(
        @Schema(description = "The integrator's id, unique per touchpoint; at most 128 characters", example = "call-2026-11-01-000042") String externalId,
        @Schema(description = "ISO-8601 with an offset, at most 1 day in the future", example = "2026-11-01T09:30:00Z") String occurredAt,
        @Nullable @Schema(description = "At most 128 characters", nullable = true, example = "jrn-7f3a") String journeyId,
        @Nullable @Schema(description = "Pseudonymous customer reference; at most 128 characters", nullable = true, example = "cust-93b1") String customerRef,
        @Schema(description = "Metric key ([a-z][a-z0-9_]{0,63}) to a finite number or a boolean (stored as 1/0); at most 64",
                type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                example = "{\"wait_seconds\":42,\"answered\":true,\"handle_seconds\":305,\"resolved_first_contact\":false,\"transfers\":1,\"csat\":4}") Map<String, Object> metrics,
        @Nullable @Schema(description = "Attribute key ([A-Za-z][A-Za-z0-9_]{0,63}) to a string of at most 256 characters; at most 32",
                nullable = true, example = "{\"queue\":\"billing\"}") Map<String, String> attributes) {
}
