package io.brandbridge.touchpoint.ingest.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** When a touchpoint last received a push, and what its pushes of the last 24 hours reported. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "IngestHealth", example = IngestHealthResponse.EXAMPLE)
public record IngestHealthResponse(
        @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID, example = "tp_k3v9x0q2m8r4t6w1y5z7")
        String touchpointId,
        @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = ApiDocs.MAX_DATE_TIME,
                description = "When the latest push that answered a report arrived, in whole seconds; null when none did in the last 30 days")
        Instant lastPushAt,
        @NotNull Window window,
        @NotNull Totals last24h) {

    static final String EXAMPLE = """
            {"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","lastPushAt":"2026-12-02T04:10:00Z",\
            "window":{"from":"2026-12-01T09:00:00Z","to":"2026-12-02T09:00:00Z"},\
            "last24h":{"pushes":3,"received":1200,"accepted":1100,"updated":50,"duplicates":47,"rejected":3}}""";
    /** A day's sums stay far below 2^53, so a JavaScript client reads them exactly. */
    private static final String MAX_TOTAL = "9007199254740991";

    static IngestHealthResponse from(String touchpointId, Instant from, Instant to, PushLog.Summary summary) {
        return new IngestHealthResponse(touchpointId, summary.lastPushAt(), new Window(from, to), new Totals(summary.pushes(),
                summary.received(), summary.accepted(), summary.updated(), summary.duplicates(), summary.rejected()));
    }

    @Serdeable
    @Schema(name = "IngestHealthWindow", description = "The 24 hours counted: pushes that arrived after `from` and at or before `to` (now), whole seconds")
    public record Window(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, example = "2026-12-01T09:00:00Z") Instant from,
                         @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, example = "2026-12-02T09:00:00Z") Instant to) {
    }

    @Serdeable
    @Schema(name = "IngestHealthTotals",
            description = "The reports of the pushes in the window, summed; `received = accepted + updated + duplicates + rejected` as in each report")
    public record Totals(
            @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_TOTAL, description = "Pushes that answered a report") long pushes,
            @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_TOTAL, description = "Records in those pushes") long received,
            @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_TOTAL, description = "Records stored with a new externalId") long accepted,
            @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_TOTAL, description = "Records that replaced a stored one of a smaller sourceVersion")
            long updated,
            @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_TOTAL, description = "Records that changed nothing, their externalId already stored")
            long duplicates,
            @Schema(requiredMode = REQUIRED, minimum = "0", maximum = MAX_TOTAL, description = "Invalid records (rows) rejected") long rejected) {
    }
}
