package io.brandbridge.touchpoint.touchpoints;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Touchpoint")
public record TouchpointResponse(@Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_ID, pattern = SchemaPatterns.ID,
                                         example = "tp_k3v9x0q2m8r4t6w1y5z7") String id,
                                 @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_BRAND_ID, pattern = SchemaPatterns.ID,
                                         example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                                 TouchpointType type,
                                 @Schema(requiredMode = REQUIRED, maxLength = 200, pattern = SchemaPatterns.SINGLE_LINE,
                                         example = "Leeds contact centre") String name,
                                 @Schema(requiredMode = REQUIRED, maxLength = 200, pattern = SchemaPatterns.SINGLE_LINE,
                                         example = "Customer Operations") String owner,
                                 @Schema(requiredMode = REQUIRED, maxLength = 100, pattern = SchemaPatterns.SINGLE_LINE,
                                         example = "UK-North") String region,
                                 @Nullable @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 200, pattern = SchemaPatterns.SINGLE_LINE,
                                         description = "null when none is set", example = "Acme BPO") String vendor,
                                 @Schema(requiredMode = REQUIRED, maxLength = 64, pattern = SchemaPatterns.SINGLE_LINE,
                                         description = "IANA time zone", example = "Europe/London") String timeZone,
                                 @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME) Instant createdAt) {

    public static TouchpointResponse from(Touchpoint t) {
        return new TouchpointResponse(t.id(), t.brandId(), t.type(), t.name(), t.owner(), t.region(), t.vendor(), t.timeZone(), t.createdAt());
    }

    /** Changes with every stored change of the touchpoint, and only then. */
    static String etagOf(Touchpoint t) {
        return ETags.of("touchpoint", t.id(), t.revision());
    }
}
