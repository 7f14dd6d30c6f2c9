package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(description = "A new API client. Give either `brands` or `allBrands: true`.")
public record CreateApiClientRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = ClientSchemas.NAME_MAX, pattern = SchemaPatterns.SINGLE_LINE, example = "acme-dashboard")
        @NotBlank @Size(max = ClientSchemas.NAME_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE, message = "must be one line of text") String name,
        @ArraySchema(arraySchema = @Schema(description = "Any roles but SERVICE", requiredMode = REQUIRED), minItems = 1, maxItems = ClientSchemas.ROLES_MAX)
        @NotEmpty @Size(max = ClientSchemas.ROLES_MAX) List<@NotNull Role> roles,
        @ArraySchema(arraySchema = @Schema(description = "The brands it may act on; omit when `allBrands` is true", nullable = true),
                maxItems = ClientSchemas.BRANDS_MAX, schema = @Schema(maxLength = ClientSchemas.BRAND_ID_MAX, pattern = ClientSchemas.BRAND_ID))
        @Nullable @Size(max = ClientSchemas.BRANDS_MAX, message = "must list at most 1000 brands; use allBrands for more")
        List<@NotNull @Pattern(regexp = ClientSchemas.BRAND_ID, message = "must be a brand id") String> brands,
        @Nullable @Schema(description = "true for every brand, present and future", nullable = true) Boolean allBrands,
        @Nullable @Valid @Schema(description = "Omit for the gateway's default", type = "object", nullable = true) RateLimitRequest rateLimit,
        @Nullable @Future(message = "must be in the future") @Schema(description = "When the key stops working; omit for a key that works until revoked",
                nullable = true, format = "date-time", maxLength = 35, example = "2027-06-30T00:00:00Z") Instant expiresAt) {
}
