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
@Schema(description = "A created API client with its key, shown this once only")
public record CreatedApiClientResponse(
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
                format = "date-time", maxLength = 35) @Nullable Instant expiresAt,
        @Schema(description = "Send as `Authorization: Bearer <key>`. Store it now: only its hash is kept.", requiredMode = REQUIRED,
                minLength = 46, maxLength = 46, pattern = "^bb_[A-Za-z0-9_-]{43}$",
                example = "bb_9xQhV2c6mW0bq3lK1r8tYpZ4uN7eD5fA0sG2hJ6kL8o") String key) {

    static CreatedApiClientResponse of(ApiClientResponse client, String key) {
        return new CreatedApiClientResponse(client.id(), client.name(), client.roles(), client.brands(), client.allBrands(),
                client.rateLimit(), client.createdAt(), client.expiresAt(), key);
    }
}
