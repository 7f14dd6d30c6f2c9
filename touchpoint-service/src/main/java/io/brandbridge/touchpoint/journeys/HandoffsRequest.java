package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(name = "HandoffsRequest", example = JourneyExamples.HANDOFFS_REQUEST,
        description = "The handoff matrix between touchpoints of one brand over a half-open time range [from, to)")
public record HandoffsRequest(@NotEmpty @Size(max = 500) @ArraySchema(maxItems = 500, schema = @Schema(maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.SINGLE_LINE),
                                      arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                              description = "Touchpoints of the matrix; an unknown one or one outside the caller's scope answers 404"))
                              List<@NotBlank @Size(max = ApiDocs.MAX_ID) String> touchpointIds,
                              @NotNull @Schema(maxLength = ApiDocs.MAX_DATE_TIME, requiredMode = Schema.RequiredMode.REQUIRED,
                                      description = "Inclusive, on the earlier contact's occurredAt; years 1000 to 9999") Instant from,
                              @NotNull @Schema(maxLength = ApiDocs.MAX_DATE_TIME, requiredMode = Schema.RequiredMode.REQUIRED,
                                      description = "Exclusive; after `from` and at most 400 days after it") Instant to) {
}
