package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
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

@Serdeable
@Schema(description = "A new API client. Give either `brands` or `allBrands: true`.")
public record CreateApiClientRequest(
        @NotBlank @Size(max = 100) @Schema(example = "acme-dashboard") String name,
        @NotEmpty @Size(max = 6) List<@NotNull Role> roles,
        @Nullable @Size(max = 1000, message = "must list at most 1000 brands; use allBrands for more") List<@NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be a brand id") String> brands,
        @Nullable @Schema(description = "true for every brand, present and future") Boolean allBrands,
        @Nullable @Valid @Schema(description = "Omit for the gateway's default") RateLimitRequest rateLimit,
        @Nullable @Future(message = "must be in the future") @Schema(description = "When the key stops working; omit for a key that works until revoked",
                example = "2027-06-30T00:00:00Z") Instant expiresAt) {
}
