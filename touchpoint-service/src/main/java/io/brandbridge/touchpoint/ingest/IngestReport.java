package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** What happened to each record of one push. {@code received = accepted + updated + duplicates + rejected}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IngestReport", example = IngestReport.EXAMPLE)
public record IngestReport(
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_COUNT, description = "Records in the request") int received,
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_COUNT, description = "Records with a new externalId, stored by this request") int accepted,
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_COUNT,
                description = "Records that replaced a stored one (or one earlier in the request) of the same externalId, having a greater sourceVersion")
        int updated,
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_COUNT,
                description = "Records whose externalId was already stored for this touchpoint (or repeated in the request) without a greater "
                        + "sourceVersion; nothing changed") int duplicates,
        @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_COUNT, description = "Invalid records; nothing of them was stored") int rejected,
        @ArraySchema(maxItems = IngestLimits.MAX_ERRORS, arraySchema = @Schema(requiredMode = REQUIRED,
                description = "One entry per invalid field of each rejected record, the first 1000 only; the counts stay exact"))
        List<IngestError> errors) {

    /** Counts are bounded by the configured record limit (100,000 by default), which an operator may raise. */
    static final String MAX_COUNT = "2147483647";
    static final String EXAMPLE = """
            {"received":1000,"accepted":995,"updated":2,"duplicates":0,"rejected":3,"errors":[{"index":17,"externalId":"call-000017",\
            "field":"metrics.csat","message":"must be between 1 and 5"}]}""";
}
