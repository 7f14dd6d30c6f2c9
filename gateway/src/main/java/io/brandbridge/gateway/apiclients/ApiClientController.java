package io.brandbridge.gateway.apiclients;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.gateway.audit.AuditActors;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;

/** The gateway's own API: who may call Brandbridge. Only ADMIN clients reach it (see AccessMatrix); every change is audited. */
@Controller("/api/v1/admin/clients")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: API clients", description = "API keys with their roles, brand scopes and rate limits (ADMIN only)")
@ProblemAnswers.Guarded
@AllowedRoles({})
public class ApiClientController {

    private static final String CLIENT_ID = "The client's id, as `POST /api/v1/admin/clients` answered it";
    private static final String CURSOR = "The `nextCursor` of the previous page; omit for the first page";

    private final ApiClients clients;
    private final AuditActors actors;

    public ApiClientController(ApiClients clients, AuditActors actors) {
        this.clients = clients;
        this.actors = actors;
    }

    @Post
    @Operation(operationId = "createApiClient", summary = "Create an API client and its key",
            description = "Answers 201 with the key, shown this once: only its SHA-256 is stored. "
                    + "Give either `brands` or `allBrands: true`. Unknown properties are ignored. "
                    + "Answers 422 when the roles include SERVICE, or when both or neither of `brands` and `allBrands` are given.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CreateApiClientRequest.class),
                    examples = @ExampleObject(name = "dashboard", value = ApiClientExamples.CREATE_REQUEST))))
    @ApiResponse(responseCode = "201", description = "Created; the body carries the key, shown this once",
            headers = @Header(name = "Location", description = "The new client's path", schema = @Schema(type = "string", format = "uri-reference", maxLength = 64)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CreatedApiClientResponse.class),
                    examples = @ExampleObject(name = "created", value = ApiClientExamples.CREATED)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Unprocessable
    public HttpResponse<CreatedApiClientResponse> create(@Valid @Body CreateApiClientRequest request, HttpRequest<?> http) {
        CreatedApiClientResponse created = clients.create(request, actors.of(http));
        return HttpResponse.created(created, URI.create("/api/v1/admin/clients/" + created.client().id()));
    }

    @Get
    @Operation(operationId = "listApiClients", summary = "List active API clients",
            description = "Ordered by id. Pass `nextCursor` back as `cursor` for the next page; it is null on the last page. Keys and hashes are never listed.")
    @ApiResponse(responseCode = "200", description = "One page of clients")
    @ProblemAnswers.BadParameters
    public Page<ApiClientResponse> list(@Parameter(description = "Clients per page", schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = "50"))
                                        @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                        @Parameter(description = CURSOR) @Nullable @QueryValue @Size(max = 512) @Pattern(regexp = "^[A-Za-z0-9_-]+$") String cursor) {
        return clients.list(limit, cursor);
    }

    @Get("/{clientId}")
    @Operation(operationId = "getApiClient", summary = "Read one active API client",
            description = "Answers 404 when no active client has this id (a revoked one included).")
    @ApiResponse(responseCode = "200", description = "The client, without its key",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiClientResponse.class),
                    examples = @ExampleObject(name = "client", value = ApiClientExamples.CLIENT)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public ApiClientResponse get(@Parameter(description = CLIENT_ID) @PathVariable @Size(max = ClientSchemas.CLIENT_ID_MAX) @Pattern(regexp = SchemaPatterns.ID) String clientId) {
        return clients.get(clientId);
    }

    @Put("/{clientId}/access")
    @Operation(operationId = "changeApiClientAccess", summary = "Replace an API client's roles and brand scope",
            description = "Its key carries the new roles and scope from the next request on; the key itself is unchanged. "
                    + "Give either `brands` or `allBrands: true`. Answers 404 when no active client has this id, "
                    + "and 422 when the roles include SERVICE, or when both or neither of `brands` and `allBrands` are given.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ChangeAccessRequest.class),
                    examples = @ExampleObject(name = "operations", value = ApiClientExamples.CHANGE_ACCESS_REQUEST))))
    @ApiResponse(responseCode = "200", description = "The client with its new roles and scope",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiClientResponse.class),
                    examples = @ExampleObject(name = "client", value = ApiClientExamples.CLIENT)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Unprocessable
    public ApiClientResponse changeAccess(@Parameter(description = CLIENT_ID) @PathVariable @Size(max = ClientSchemas.CLIENT_ID_MAX) @Pattern(regexp = SchemaPatterns.ID) String clientId,
                                          @Valid @Body ChangeAccessRequest request, HttpRequest<?> http) {
        return clients.changeAccess(clientId, request, actors.of(http));
    }

    @Delete("/{clientId}")
    @Operation(operationId = "revokeApiClient", summary = "Revoke an API client",
            description = "Its key is refused with 401 from the next request on. Answers 404 when no active client has this id.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public HttpResponse<Void> revoke(@Parameter(description = CLIENT_ID) @PathVariable @Size(max = ClientSchemas.CLIENT_ID_MAX) @Pattern(regexp = SchemaPatterns.ID) String clientId,
                                     HttpRequest<?> http) {
        clients.revoke(clientId, actors.of(http));
        return HttpResponse.noContent();
    }
}
