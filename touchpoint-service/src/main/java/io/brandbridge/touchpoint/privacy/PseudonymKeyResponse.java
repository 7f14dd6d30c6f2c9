package io.brandbridge.touchpoint.privacy;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

@Serdeable
@Schema(name = "PseudonymKey", description = "The current version of a brand's pseudonym key; the secret itself is never shown",
        example = PseudonymKeyResponse.EXAMPLE)
record PseudonymKeyResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64) String brandId,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", description = "Starts at 1; each rotation adds one")
                            int version,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt) {

    static final String EXAMPLE = "{\"brandId\":\"brd_k3v9x7q2m4c8d1f5g6h0\",\"version\":2,\"createdAt\":\"2026-03-02T09:15:00Z\"}";

    static PseudonymKeyResponse from(PseudonymKeyState state) {
        return new PseudonymKeyResponse(state.brandId(), state.version(), state.createdAt());
    }
}
