package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.gateway.audit.AuditActors;
import io.brandbridge.gateway.openapi.ProblemAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.net.URI;

/** The gateway's own API: who may call Brandbridge. Only ADMIN clients reach it (see AccessMatrix); every change is audited. */
@Controller("/api/v1/admin/clients")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: API clients", description = "API keys with their roles, brand scopes and rate limits (ADMIN only)")
@ProblemAnswers.AdminOnly
public class ApiClientController {

    private final ApiClients clients;
    private final AuditActors actors;

    public ApiClientController(ApiClients clients, AuditActors actors) {
        this.clients = clients;
        this.actors = actors;
    }

    @Post
    @Operation(operationId = "createApiClient", summary = "Create an API client and its key",
            description = "Answers 201 with the key, shown this once: only its SHA-256 is stored. "
                    + "Give either `brands` or `allBrands: true`. Unknown properties are ignored.")
    @ApiResponse(responseCode = "201", description = "Created; the body carries the key")
    @ProblemAnswers.BadRequest
    @ProblemAnswers.UnacceptableAccess
    public HttpResponse<CreatedApiClientResponse> create(@Valid @Body CreateApiClientRequest request, HttpRequest<?> http) {
        CreatedApiClientResponse created = clients.create(request, actors.of(http));
        return HttpResponse.created(created, URI.create("/api/v1/admin/clients/" + created.id()));
    }

    @Get
    @Operation(operationId = "listApiClients", summary = "List active API clients",
            description = "Ordered by id. Pass `nextCursor` back as `cursor` for the next page; it is absent on the last page. Keys and hashes are never listed.")
    @ApiResponse(responseCode = "200", description = "One page of clients")
    @ProblemAnswers.BadRequest
    public Page<ApiClientResponse> list(@QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                        @Nullable @QueryValue String cursor) {
        return clients.list(limit, cursor);
    }

    @Get("/{id}")
    @Operation(operationId = "getApiClient", summary = "Read one active API client")
    @ApiResponse(responseCode = "200", description = "The client, without its key")
    @ProblemAnswers.ClientNotFound
    public ApiClientResponse get(@PathVariable String id) {
        return clients.get(id);
    }

    @Put("/{id}/access")
    @Operation(operationId = "changeApiClientAccess", summary = "Replace an API client's roles and brand scope",
            description = "Its key carries the new roles and scope from the next request on; the key itself is unchanged. "
                    + "Give either `brands` or `allBrands: true`.")
    @ApiResponse(responseCode = "200", description = "The client with its new roles and scope")
    @ProblemAnswers.BadRequest
    @ProblemAnswers.ClientNotFound
    @ProblemAnswers.UnacceptableAccess
    public ApiClientResponse changeAccess(@PathVariable String id, @Valid @Body ChangeAccessRequest request, HttpRequest<?> http) {
        return clients.changeAccess(id, request, actors.of(http));
    }

    @Delete("/{id}")
    @Operation(operationId = "revokeApiClient", summary = "Revoke an API client",
            description = "Its key is refused with 401 from the next request on.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ProblemAnswers.ClientNotFound
    public HttpResponse<Void> revoke(@PathVariable String id, HttpRequest<?> http) {
        clients.revoke(id, actors.of(http));
        return HttpResponse.noContent();
    }
}
