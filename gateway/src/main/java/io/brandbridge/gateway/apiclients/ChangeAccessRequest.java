package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

@Serdeable
@Schema(description = "The roles and brand scope a client has from now on, in place of the old ones. Give either `brands` or `allBrands: true`.")
public record ChangeAccessRequest(
        @ArraySchema(arraySchema = @Schema(description = "Any roles but SERVICE", requiredMode = REQUIRED), minItems = 1, maxItems = ClientSchemas.ROLES_MAX)
        @NotEmpty @Size(max = ClientSchemas.ROLES_MAX) List<@NotNull Role> roles,
        @ArraySchema(arraySchema = @Schema(description = "The brands it may act on; omit when `allBrands` is true", nullable = true),
                maxItems = ClientSchemas.BRANDS_MAX, schema = @Schema(maxLength = ClientSchemas.BRAND_ID_MAX, pattern = ClientSchemas.BRAND_ID))
        @Nullable @Size(max = ClientSchemas.BRANDS_MAX)
        List<@NotNull @Pattern(regexp = ClientSchemas.BRAND_ID, message = "must be a brand id") String> brands,
        @Nullable @Schema(description = "true for every brand, present and future", nullable = true) Boolean allBrands) {
}
