package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
@Schema(name = "JourneyLookupRequest", example = JourneyExamples.LOOKUP_REQUEST)
public record JourneyLookupRequest(@NotBlank @Size(max = 128) @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 128,
        pattern = SchemaPatterns.SINGLE_LINE, description = "The customerRef as pushed; it is hashed as at ingest and never stored or echoed")
                                   String customerRef) {
}
