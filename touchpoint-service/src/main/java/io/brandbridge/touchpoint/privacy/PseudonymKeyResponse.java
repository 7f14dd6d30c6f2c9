package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Serdeable
@Schema(name = "PseudonymKey", description = "The current version of a brand's pseudonym key; the secret itself is never shown",
        example = PseudonymKeyResponse.EXAMPLE)
record PseudonymKeyResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ApiDocs.MAX_BRAND_ID, pattern = SchemaPatterns.ID)
                            String brandId,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "2147483647", description = "Starts at 1; each rotation adds one")
                            int version,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME) Instant createdAt) {

    static final String EXAMPLE = "{\"brandId\":\"brd_k3v9x7q2m4c8d1f5g6h0\",\"version\":2,\"createdAt\":\"2026-03-02T09:15:00Z\"}";

    static PseudonymKeyResponse from(PseudonymKeyState state) {
        return new PseudonymKeyResponse(state.brandId(), state.version(), state.createdAt());
    }
}
