package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;

/** The gateway's own API: who may call Brandbridge. Only ADMIN clients reach it (see AccessMatrix). */
@Controller("/api/v1/admin/clients")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: API clients", description = "API keys with their roles, brand scopes and rate limits (ADMIN only)")
@ApiResponse(responseCode = "401", description = "No valid API key",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "403", description = "The key's roles do not include ADMIN",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApiClientController {

    private final ApiClients clients;

    public ApiClientController(ApiClients clients) {
        this.clients = clients;
    }

    @Post
    @Operation(operationId = "createApiClient", summary = "Create an API client and its key",
            description = "Answers 201 with the key, shown this once: only its SHA-256 is stored. "
                    + "Give either `brands` or `allBrands: true`. Unknown properties are ignored.")
    @ApiResponse(responseCode = "201", description = "Created; the body carries the key")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or a field breaks a constraint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Roles or brand scope are not acceptable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<CreatedApiClientResponse> create(@Valid @Body CreateApiClientRequest request) {
        CreatedApiClientResponse created = clients.create(request);
        return HttpResponse.created(created, URI.create("/api/v1/admin/clients/" + created.id()));
    }

    @Get
    @Operation(operationId = "listApiClients", summary = "List active API clients",
            description = "Ordered by id. Pass `nextCursor` back as `cursor` for the next page; it is absent on the last page. Keys and hashes are never listed.")
    @ApiResponse(responseCode = "200", description = "One page of clients")
    @ApiResponse(responseCode = "400", description = "limit out of range or a cursor this API did not issue",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ApiClientResponse> list(@QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                        @Nullable @QueryValue String cursor) {
        return clients.list(limit, cursor);
    }

    @Get("/{id}")
    @Operation(operationId = "getApiClient", summary = "Read one active API client")
    @ApiResponse(responseCode = "200", description = "The client, without its key")
    @ApiResponse(responseCode = "404", description = "No active client with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiClientResponse get(@PathVariable String id) {
        return clients.get(id);
    }

    @Delete("/{id}")
    @Operation(operationId = "revokeApiClient", summary = "Revoke an API client",
            description = "Its key is refused with 401 from the next request on.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ApiResponse(responseCode = "404", description = "No active client with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public HttpResponse<Void> revoke(@PathVariable String id) {
        clients.revoke(id);
        return HttpResponse.noContent();
    }
}
