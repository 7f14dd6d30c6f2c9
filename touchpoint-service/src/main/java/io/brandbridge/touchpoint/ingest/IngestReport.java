package io.brandbridge.touchpoint.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** What happened to each record of one push. {@code received = accepted + duplicates + rejected}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IngestReport", example = """
        {"received":1000,"accepted":997,"duplicates":0,"rejected":3,"errors":[{"index":17,"externalId":"call-000017","field":"metrics.csat","message":"must be between 1 and 5"}]}""")
public record IngestReport(
        @Schema(description = "Records in the request") int received,
        @Schema(description = "Records stored by this request") int accepted,
        @Schema(description = "Records whose externalId was already stored for this touchpoint (or repeated in the request); nothing changed") int duplicates,
        @Schema(description = "Invalid records; nothing of them was stored") int rejected,
        @Schema(description = "One entry per invalid field of each rejected record, the first 1000 only; the counts stay exact") List<IngestError> errors) {
}
