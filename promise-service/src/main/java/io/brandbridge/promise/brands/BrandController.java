package io.brandbridge.promise.brands;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.http.ApiDocs;
import io.brandbridge.promise.http.NotModifiedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
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

import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/brands")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Brands", description = "Brands own promises and custom metrics; every read and write is limited to the caller's brand scope")
@ProblemAnswers.Guarded
class BrandController {

    private static final String ETAG_DOC = "Entity tag of the brand's state, for If-Match";

    private final BrandService service;
    private final BrandDeletion deletion;
    private final BrandAccess access;

    BrandController(BrandService service, BrandDeletion deletion, BrandAccess access) {
        this.service = service;
        this.deletion = deletion;
        this.access = access;
    }

    @AllowedRoles(MARKETING)
    @Post
    @Operation(operationId = "createBrand", summary = "Create a brand",
            description = "Creates a brand with a unique slug. `timeZone` is an IANA zone (default `UTC`) in which calendar windows "
                    + "are evaluated. Only callers whose scope covers every brand may create brands (403); a slug another "
                    + "brand has answers 409." + ApiDocs.TOLERANT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BrandRequest.class), examples = @ExampleObject(name = "brand", ref = ApiDocs.EXAMPLES + "BrandRequest")))
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the brand and `ETag` its state",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new brand",
                    schema = @Schema(type = "string", format = "uri-reference", maxLength = ApiDocs.LOCATION_MAX)),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                            schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandResponse.class),
                    examples = @ExampleObject(name = "brand", ref = ApiDocs.EXAMPLES + "Brand")))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Conflict
    HttpResponse<BrandResponse> create(@Parameter(hidden = true) Caller caller, @Body @Valid BrandRequest request) {
        Brand brand = service.create(caller, request);
        return HttpResponse.created(BrandResponse.from(brand))
                .header(HttpHeaders.LOCATION, "/api/v1/brands/" + brand.id())
                .header(HttpHeaders.ETAG, BrandResponse.etagOf(brand));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get
    @Operation(operationId = "listBrands", summary = "List brands",
            description = "The brands in the caller's scope, oldest first (then by id). Pass `nextCursor` back as `cursor` for the "
                    + "next page; it is null on the last page." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "One page of brands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandPage.class),
                    examples = @ExampleObject(name = "page", ref = ApiDocs.EXAMPLES + "BrandPage")))
    @ProblemAnswers.BadParameters
    Page<BrandResponse> list(@Parameter(hidden = true) Caller caller,
                             @Parameter(description = ApiDocs.LIMIT) @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                             @Parameter(description = ApiDocs.CURSOR) @Nullable @QueryValue @Size(max = ApiDocs.CURSOR_MAX)
                             @Pattern(regexp = ApiDocs.CURSOR_PATTERN, message = ApiDocs.CURSOR_MESSAGE) String cursor) {
        Page<Brand> page = service.list(caller, limit, cursor);
        return new Page<>(page.items().stream().map(BrandResponse::from).toList(), page.nextCursor());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get("/{brandId}")
    @Operation(operationId = "getBrand", summary = "Get a brand",
            description = "One brand with its `ETag`; a brand outside the caller's scope answers 404. With `If-None-Match` naming "
                    + "the current `ETag` the answer is 304 without a body." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The brand",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandResponse.class),
                    examples = @ExampleObject(name = "brand", ref = ApiDocs.EXAMPLES + "Brand")))
    @NotModifiedAnswer
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    HttpResponse<BrandResponse> get(@Parameter(hidden = true) Caller caller,
                                    @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                                    // Bound only so its limits are checked: NotModifiedFilter answers the 304.
                                    @Parameter(description = ApiDocs.IF_NONE_MATCH) @Nullable @Header(HttpHeaders.IF_NONE_MATCH)
                                    @Size(max = ApiDocs.ENTITY_TAGS_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String ifNoneMatch) {
        Brand brand = access.require(caller, brandId);
        return HttpResponse.ok(BrandResponse.from(brand)).header(HttpHeaders.ETAG, BrandResponse.etagOf(brand));
    }

    @AllowedRoles(MARKETING)
    @Put("/{brandId}")
    @Operation(operationId = "updateBrand", summary = "Update a brand",
            description = "Replaces name, slug and time zone (an absent `timeZone` becomes `UTC`). Needs `If-Match` with the brand's "
                    + "current `ETag`: 428 without it, 412 when it is stale. A slug another brand has answers 409." + ApiDocs.TOLERANT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BrandRequest.class), examples = @ExampleObject(name = "brand", ref = ApiDocs.EXAMPLES + "BrandRequest")))
    @ApiResponse(responseCode = "200", description = "The updated brand and its new `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandResponse.class),
                    examples = @ExampleObject(name = "brand", ref = ApiDocs.EXAMPLES + "Brand")))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.PreconditionRequired
    HttpResponse<BrandResponse> update(@Parameter(hidden = true) Caller caller,
                                       @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                                       // Required in the contract: an absent header binds as empty and answers 428, not 400.
                                       @Parameter(description = ApiDocs.IF_MATCH_REQUIRED, required = true) @Header(value = HttpHeaders.IF_MATCH, defaultValue = "")
                                       @Size(max = ApiDocs.ENTITY_TAGS_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String ifMatch,
                                       @Body @Valid BrandRequest request) {
        Brand brand = service.update(caller, brandId, ifMatch, request);
        return HttpResponse.ok(BrandResponse.from(brand)).header(HttpHeaders.ETAG, BrandResponse.etagOf(brand));
    }

    @AllowedRoles(MARKETING)
    @Delete("/{brandId}")
    @Operation(operationId = "deleteBrand", summary = "Delete a brand",
            description = "Deletes a brand everywhere: its custom metrics here, its data policy, pseudonym keys and erasure audit in "
                    + "touchpoint-service, and its scores in alignment-service. Refused with 409 while any promise (in any status) "
                    + "belongs to the brand, or while it has touchpoints (the detail says what remains). A service that is down or "
                    + "does not answer in time answers 503 with `Retry-After` and the brand stays; each step is idempotent, so "
                    + "repeating the request completes the deletion." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    HttpResponse<Void> delete(@Parameter(hidden = true) Caller caller,
                              @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId) {
        deletion.delete(caller, brandId);
        return HttpResponse.noContent();
    }

    /** Names the page schema in the OpenAPI document; the wire shape is {@link Page}. */
    @Schema(name = "BrandPage", description = "One page of brands")
    record BrandPage(@ArraySchema(arraySchema = @Schema(description = "This page's brands, at most `limit`",
                             requiredMode = Schema.RequiredMode.REQUIRED), maxItems = Page.MAX_LIMIT) List<BrandResponse> items,
                     @Schema(description = ApiDocs.NEXT_CURSOR, nullable = true, requiredMode = Schema.RequiredMode.REQUIRED,
                             maxLength = ApiDocs.CURSOR_MAX, pattern = ApiDocs.CURSOR_PATTERN) @Nullable String nextCursor) {
    }
}
