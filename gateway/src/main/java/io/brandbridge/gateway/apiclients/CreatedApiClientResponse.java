package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.ratelimit.RateLimit;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Serdeable
@Schema(description = "A created API client with its key, shown this once only")
public record CreatedApiClientResponse(String id, String name, List<Role> roles, List<String> brands, boolean allBrands,
                                       RateLimit rateLimit, Instant createdAt,
                                       @Schema(description = "When the key stops working; null until revoked", nullable = true) @Nullable Instant expiresAt,
                                       @Schema(description = "Send as `Authorization: Bearer <key>`. Store it now: only its hash is kept.",
                                               example = "bb_9xQhV2c6mW0bq3lK1r8tYpZ4uN7eD5fA0sG2hJ6kL8o") String key) {

    static CreatedApiClientResponse of(ApiClientResponse client, String key) {
        return new CreatedApiClientResponse(client.id(), client.name(), client.roles(), client.brands(), client.allBrands(),
                client.rateLimit(), client.createdAt(), client.expiresAt(), key);
    }
}
