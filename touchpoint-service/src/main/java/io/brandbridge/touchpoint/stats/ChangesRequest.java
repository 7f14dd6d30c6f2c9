package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
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
@Schema(name = "ChangesRequest", example = StatsExamples.CHANGES_REQUEST,
        description = "Which local days of these touchpoints received interactions since a watermark")
public record ChangesRequest(@NotEmpty @Size(max = 500) @ArraySchema(maxItems = 500, schema = @Schema(maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.SINGLE_LINE),
                                     arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                             description = "Touchpoints to look at; unknown ones and those outside the caller's scope are ignored"))
                             List<@NotBlank @Size(max = ApiDocs.MAX_ID) String> touchpointIds,
                             @Nullable @Schema(maxLength = ApiDocs.MAX_DATE_TIME, nullable = true,
                                     description = "The `watermark` of the previous answer; absent or null for every change ever stored") Instant since,
                             @NotNull @Schema(maxLength = ApiDocs.MAX_DATE_TIME, requiredMode = Schema.RequiredMode.REQUIRED,
                                     description = "Only interactions that occurred in or after the UTC hour holding this instant count; "
                                             + "at most 1000 days before now") Instant occurredFrom,
                             @NotNull @Size(max = 64) @Schema(maxLength = 64, pattern = SchemaPatterns.SINGLE_LINE, requiredMode = Schema.RequiredMode.REQUIRED,
                                     description = "IANA time zone the days are counted in", example = "Europe/London") String timeZone) {
}
