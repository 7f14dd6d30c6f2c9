package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** What the first records of a body would become; nothing of it is stored. {@code read = valid + rejected}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "PreviewReport")
public record PreviewReport(
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "100", description = "Records read, at most 100") int read,
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "100", description = "Records that the push would store "
                + "(unless already stored: duplicates are not looked up)") int valid,
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "100", description = "Records the push would reject") int rejected,
        @Schema(requiredMode = REQUIRED, description = "True when the body has more records than the preview read") boolean more,
        @ArraySchema(maxItems = IngestPreview.MAX_RECORDS, arraySchema = @Schema(requiredMode = REQUIRED,
                description = "The valid records in body order")) List<PreviewRecord> records,
        @ArraySchema(maxItems = IngestLimits.MAX_ERRORS, arraySchema = @Schema(requiredMode = REQUIRED,
                description = "One entry per invalid field of each rejected record, as in the push's report")) List<IngestError> errors) {
}
