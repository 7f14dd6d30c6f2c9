package io.brandbridge.gateway.apiclients;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "An API client; its key is never shown again after creation")
public record ApiClientResponse(
        @Schema(requiredMode = REQUIRED, maxLength = ClientSchemas.CLIENT_ID_MAX, pattern = SchemaPatterns.ID, example = "cli_m4n6p8q0r2s4t6v8w0x2") String id,
        @Schema(requiredMode = REQUIRED, maxLength = ClientSchemas.NAME_MAX, pattern = SchemaPatterns.SINGLE_LINE, example = "acme-dashboard") String name,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED), maxItems = ClientSchemas.ROLES_MAX, uniqueItems = true) List<Role> roles,
        @ArraySchema(arraySchema = @Schema(description = "The brands it may act on; empty when `allBrands` is true", requiredMode = REQUIRED),
                maxItems = ClientSchemas.BRANDS_MAX, uniqueItems = true,
                schema = @Schema(maxLength = ClientSchemas.BRAND_ID_MAX, pattern = ClientSchemas.BRAND_ID)) List<String> brands,
        @Schema(description = "true for every brand, present and future", requiredMode = REQUIRED) boolean allBrands,
        @Schema(description = "The limit in force, the gateway's default unless the client has its own", requiredMode = REQUIRED) RateLimit rateLimit,
        @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = 35) Instant createdAt,
        @Schema(description = "When the key stops working; null for a key that works until revoked", nullable = true, requiredMode = REQUIRED,
                format = "date-time", maxLength = 35) @Nullable Instant expiresAt) {
}
