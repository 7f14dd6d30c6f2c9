package io.brandbridge.gateway.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.defaults.security.Role;
import io.brandbridge.gateway.security.AuthenticatedClient;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** Who the API key of a request belongs to, so a front end can show what the key may see before it asks. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Session", description = "The client an API key belongs to, with its roles and brand scope; never the key itself")
public record SessionResponse(
        @Schema(description = "The client's id, or `bootstrap-admin` for the key from the gateway's configuration", requiredMode = REQUIRED,
                maxLength = AuthenticatedClient.ID_MAX, pattern = AuthenticatedClient.ID_PATTERN, example = "cli_m4n6p8q0r2s4t6v8w0x2") String clientId,
        @Schema(requiredMode = REQUIRED, maxLength = 100, pattern = SchemaPatterns.SINGLE_LINE, example = "acme-dashboard") String name,
        @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED), maxItems = 7, uniqueItems = true) List<Role> roles,
        @ArraySchema(arraySchema = @Schema(description = "The brands it may see, sorted; empty when `allBrands` is true", requiredMode = REQUIRED),
                maxItems = 1000, uniqueItems = true,
                schema = @Schema(maxLength = 64, pattern = "^[A-Za-z0-9_-]{1,64}$")) List<String> brands,
        @Schema(description = "true for every brand, present and future: list them with `GET /api/v1/brands`", requiredMode = REQUIRED) boolean allBrands) {

    static SessionResponse from(AuthenticatedClient client) {
        Caller caller = client.caller();
        return new SessionResponse(client.id(), client.name(), caller.roles().stream().sorted().toList(),
                caller.allBrands() ? List.of() : caller.brands().stream().sorted().toList(), caller.allBrands());
    }
}
