package io.brandbridge.touchpoint.ingest.mappings;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.ingest.MappingProfiles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A stored mapping profile as the API answers it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "MappingProfile", description = "A named mapping profile of a touchpoint", example = MappingExamples.PROFILE)
public record MappingProfileResponse(
        @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID, example = "tp_k3v9x0q2m8r4t6w1y5z7")
        String touchpointId,
        @Schema(requiredMode = REQUIRED, maxLength = 64, pattern = MappingProfiles.NAME, example = "acd-export") String name,
        @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "9223372036854775807",
                description = "Counts stored changes from 1; the ETag follows it") long version,
        @Schema(requiredMode = REQUIRED, allowableValues = {"csv", "json"}, maxLength = 4, pattern = "^(csv|json)$") String format,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 1, pattern = "^[,;\\t|]$",
                description = "The CSV cell separator; null for json") String delimiter,
        @Schema(requiredMode = REQUIRED, maxLength = MappingProfileRequest.MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE) String externalId,
        @Schema(requiredMode = REQUIRED) MappingProfileRequest.OccurredAt occurredAt,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = MappingProfileRequest.MAX_SOURCE,
                pattern = SchemaPatterns.SINGLE_LINE) String customerRef,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = MappingProfileRequest.MAX_SOURCE,
                pattern = SchemaPatterns.SINGLE_LINE) String journeyId,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = MappingProfileRequest.MAX_SOURCE,
                pattern = SchemaPatterns.SINGLE_LINE) String sourceVersion,
        @ArraySchema(maxItems = MappingProfileRequest.MAX_METRICS, arraySchema = @Schema(requiredMode = REQUIRED))
        List<MappingProfileRequest.MetricMapping> metrics,
        @ArraySchema(maxItems = MappingProfileRequest.MAX_ATTRIBUTES, arraySchema = @Schema(requiredMode = REQUIRED))
        List<MappingProfileRequest.AttributeMapping> attributes,
        @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME) Instant createdAt,
        @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME) Instant updatedAt) {

    static MappingProfileResponse from(StoredProfile p) {
        MappingProfileRequest d = p.definition();
        String delimiter = "json".equals(d.format()) ? null : d.delimiter() == null ? "," : d.delimiter();
        return new MappingProfileResponse(p.touchpointId(), p.name(), p.version(), d.format(), delimiter, d.externalId(), d.occurredAt(),
                d.customerRef(), d.journeyId(), d.sourceVersion(), d.metrics() == null ? List.of() : d.metrics(),
                d.attributes() == null ? List.of() : d.attributes(), p.createdAt(), p.updatedAt());
    }
}
