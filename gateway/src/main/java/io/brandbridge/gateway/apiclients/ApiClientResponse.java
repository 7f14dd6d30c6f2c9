package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(description = "An API client; its key is never shown again after creation")
public record ApiClientResponse(String id, String name, List<Role> roles, List<String> brands, boolean allBrands,
                                @Schema(description = "The limit in force, the gateway's default unless the client has its own") RateLimit rateLimit,
                                Instant createdAt,
                                @Schema(description = "When the key stops working; null until revoked", nullable = true) @Nullable Instant expiresAt) {
}
