package io.brandbridge.promise.brands;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.http.ApiDocs;
import io.brandbridge.promise.http.ProblemAnswers;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/brands")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Brands", description = "Brands own promises and custom metrics; every read and write is limited to the caller's brand scope")
class BrandController {

    private final BrandService service;
    private final BrandAccess access;

    BrandController(BrandService service, BrandAccess access) {
        this.service = service;
        this.access = access;
    }

    @AllowedRoles(MARKETING)
    @Post
    @Operation(operationId = "createBrand", summary = "Create a brand",
            description = "Creates a brand with a unique slug. `timeZone` is an IANA zone (default `UTC`) in which calendar windows "
                    + "are evaluated. Only callers whose scope covers every brand may create brands." + ApiDocs.TOLERANT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BrandRequest.class), examples = @ExampleObject(name = "brand", value = BrandExamples.REQUEST)))
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the brand and `ETag` its state",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new brand"),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "Entity tag for If-Match")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandResponse.class),
                    examples = @ExampleObject(name = "brand", value = BrandExamples.BRAND)))
    @ProblemAnswers.BadRequest
    @ProblemAnswers.Unauthorized
    @ProblemAnswers.Forbidden
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
            description = "The brands in the caller's scope, oldest first (then by id). Pass `nextCursor` back as `cursor` for the next page."
                    + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "One page of brands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandPage.class),
                    examples = @ExampleObject(name = "page", value = BrandExamples.PAGE)))
    @ProblemAnswers.BadRequest
    @ProblemAnswers.Unauthorized
    Page<BrandResponse> list(@Parameter(hidden = true) Caller caller,
                             @Parameter(description = ApiDocs.LIMIT) @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                             @Parameter(description = ApiDocs.CURSOR) @Nullable @QueryValue String cursor) {
        Page<Brand> page = service.list(caller, limit, cursor);
        return new Page<>(page.items().stream().map(BrandResponse::from).toList(), page.nextCursor());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get("/{brandId}")
    @Operation(operationId = "getBrand", summary = "Get a brand", description = "One brand with its `ETag`; a brand outside the caller's scope answers 404." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The brand",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "Entity tag for If-Match"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandResponse.class),
                    examples = @ExampleObject(name = "brand", value = BrandExamples.BRAND)))
    @ProblemAnswers.Unauthorized
    @ProblemAnswers.NotFound
    HttpResponse<BrandResponse> get(@Parameter(hidden = true) Caller caller, @PathVariable String brandId) {
        Brand brand = access.require(caller, brandId);
        return HttpResponse.ok(BrandResponse.from(brand)).header(HttpHeaders.ETAG, BrandResponse.etagOf(brand));
    }

    @AllowedRoles(MARKETING)
    @Put("/{brandId}")
    @Operation(operationId = "updateBrand", summary = "Update a brand",
            description = "Replaces name, slug and time zone (an absent `timeZone` becomes `UTC`). Needs `If-Match` with the brand's "
                    + "current `ETag`: 428 without it, 412 when it is stale." + ApiDocs.TOLERANT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BrandRequest.class), examples = @ExampleObject(name = "brand", value = BrandExamples.REQUEST)))
    @ApiResponse(responseCode = "200", description = "The updated brand and its new `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "Entity tag for If-Match"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BrandResponse.class),
                    examples = @ExampleObject(name = "brand", value = BrandExamples.BRAND)))
    @ProblemAnswers.BadRequest
    @ProblemAnswers.Unauthorized
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.PreconditionRequired
    HttpResponse<BrandResponse> update(@Parameter(hidden = true) Caller caller, @PathVariable String brandId,
                                       @Parameter(description = ApiDocs.IF_MATCH_REQUIRED) @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                       @Body @Valid BrandRequest request) {
        Brand brand = service.update(caller, brandId, ifMatch, request);
        return HttpResponse.ok(BrandResponse.from(brand)).header(HttpHeaders.ETAG, BrandResponse.etagOf(brand));
    }

    @AllowedRoles(MARKETING)
    @Delete("/{brandId}")
    @Operation(operationId = "deleteBrand", summary = "Delete a brand",
            description = "Deletes a brand and its custom metrics. Refused with 409 while any promise (in any status) belongs to the brand."
                    + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemAnswers.Unauthorized
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    HttpResponse<Void> delete(@Parameter(hidden = true) Caller caller, @PathVariable String brandId) {
        service.delete(caller, brandId);
        return HttpResponse.noContent();
    }

    /** Names the page schema in the OpenAPI document; the wire shape is {@link Page}. */
    @Schema(name = "BrandPage")
    record BrandPage(List<BrandResponse> items, @Nullable String nextCursor) {
    }
}
