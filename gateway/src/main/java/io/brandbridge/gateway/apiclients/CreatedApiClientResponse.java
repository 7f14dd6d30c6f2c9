package io.brandbridge.gateway.apiclients;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The client as {@link ApiClientResponse} tells it, its properties beside the key's. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(description = "A created API client with its key, shown this once only")
public record CreatedApiClientResponse(
        @JsonUnwrapped ApiClientResponse client,
        @Schema(description = "Send as `Authorization: Bearer <key>`. Store it now: only its hash is kept.", requiredMode = REQUIRED,
                minLength = 46, maxLength = 46, pattern = "^bb_[A-Za-z0-9_-]{43}$",
                example = "bb_9xQhV2c6mW0bq3lK1r8tYpZ4uN7eD5fA0sG2hJ6kL8o") String key) {

    static CreatedApiClientResponse of(ApiClientResponse client, String key) {
        return new CreatedApiClientResponse(client, key);
    }
}
