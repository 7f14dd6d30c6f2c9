package io.brandbridge.touchpoint.touchpoints;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Touchpoints", description = "Where the brand meets its customers: call centres, delivery, stores and more")
@ProblemAnswers.Guarded
class TouchpointController {

    private final TouchpointService service;

    TouchpointController(TouchpointService service) {
        this.service = service;
    }

    @AllowedRoles(OPERATIONS)
    @Post
    @Operation(operationId = "createTouchpoint", summary = "Create a touchpoint",
            description = "Creates a touchpoint of the brand given by `brandId`, which must be within the caller's brand scope "
                    + "(404 otherwise). `timeZone` defaults to UTC; an unknown time zone answers 422. Unknown properties are ignored; "
                    + "`id`, `brandId` and `createdAt` in the body have no effect.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` points at the new touchpoint and `ETag` names its state",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new touchpoint",
                            schema = @Schema(type = "string", maxLength = 64, pattern = "^/api/v1/touchpoints/[a-z]+_[0-9a-hjkmnp-tv-z]{20}$")),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG,
                            schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_LENGTH, pattern = ApiDocs.ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TouchpointResponse.class),
                    examples = @ExampleObject(name = "touchpoint", value = TouchpointExamples.TOUCHPOINT)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Unprocessable
    HttpResponse<TouchpointResponse> create(@QueryValue @NotBlank @Size(max = ApiDocs.MAX_BRAND_ID) @Pattern(regexp = SchemaPatterns.ID)
                                            @Parameter(description = "The brand that owns the touchpoint", example = "brd_k3v9x7q2m4c8d1f5g6h0") String brandId,
                                            @Valid @Body TouchpointRequest request,
                                            @Parameter(hidden = true) Caller caller) {
        Touchpoint created = service.create(brandId, request, caller);
        return HttpResponse.created(TouchpointResponse.from(created), URI.create("/api/v1/touchpoints/" + created.id()))
                .header(HttpHeaders.ETAG, TouchpointResponse.etagOf(created));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, INTEGRATOR, SERVICE})
    @Get
    @Operation(operationId = "listTouchpoints", summary = "List touchpoints",
            description = "Touchpoints of the brands in the caller's scope, in creation order, optionally of one brand and one type; "
                    + "a `brandId` outside the scope answers 404. Pass `nextCursor` back as `cursor` for the next page; it is null on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of touchpoints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TouchpointPage.class),
                    examples = @ExampleObject(name = "page", value = TouchpointExamples.PAGE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<TouchpointResponse> list(@QueryValue @Nullable @Size(max = ApiDocs.MAX_BRAND_ID) @Pattern(regexp = SchemaPatterns.ID)
                                  @Parameter(description = "Only this brand's touchpoints") String brandId,
                                  @QueryValue @Nullable @Parameter(description = "Only touchpoints of this type") TouchpointType type,
                                  @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) @Parameter(description = ApiDocs.LIMIT) int limit,
                                  @QueryValue @Nullable @Size(max = ApiDocs.MAX_CURSOR) @Pattern(regexp = ApiDocs.CURSOR_PATTERN)
                                  @Parameter(description = ApiDocs.CURSOR) String cursor,
                                  @Parameter(hidden = true) Caller caller) {
        return service.list(brandId, type, limit, cursor, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, INTEGRATOR})
    @Get("/{touchpointId}")
    @Operation(operationId = "getTouchpoint", summary = "Get a touchpoint",
            description = "The touchpoint and its `ETag`; 404 when it does not exist or its brand is outside the caller's scope. "
                    + "With `If-None-Match` naming the current `ETag` the answer is 304 without a body.")
    @AnswersWithETag
    @ApiDocs.NotModified
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    HttpResponse<TouchpointResponse> get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                         @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                         // Answered by NotModifiedFilter; bound here so that it is documented and checked.
                                         @Header(HttpHeaders.IF_NONE_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                                         @Pattern(regexp = SchemaPatterns.SINGLE_LINE) @Parameter(description = ApiDocs.IF_NONE_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifNoneMatch,
                                         @Parameter(hidden = true) Caller caller) {
        return withETag(service.requireInScope(touchpointId, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Put("/{touchpointId}")
    @Operation(operationId = "updateTouchpoint", summary = "Replace a touchpoint's details",
            description = "Replaces type, name, owner, region, vendor and time zone (absent `vendor` clears it, absent `timeZone` means UTC; "
                    + "an unknown time zone answers 422). The brand cannot change. 404 when the touchpoint does not exist or is outside "
                    + "the caller's scope. With `If-Match` the change applies only to the state it names (412 otherwise); without one, "
                    + "a change that races another answers 409. Unknown properties are ignored; `id`, `brandId` and `createdAt` in the body have no effect.")
    @AnswersWithETag
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.Unprocessable
    HttpResponse<TouchpointResponse> update(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                            @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                            @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                                            @Pattern(regexp = SchemaPatterns.SINGLE_LINE) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifMatch,
                                            @Valid @Body TouchpointRequest request,
                                            @Parameter(hidden = true) Caller caller) {
        return withETag(service.update(touchpointId, ifMatch, request, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Delete("/{touchpointId}")
    @Operation(operationId = "deleteTouchpoint", summary = "Delete a touchpoint",
            description = "Deletes a touchpoint and its operational targets. 404 when it does not exist or is outside the caller's scope; "
                    + "409 once it has interactions (or when, without `If-Match`, it changed while the request ran); "
                    + "412 when `If-Match` names a state that is no longer current.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    HttpResponse<Void> delete(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                              @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                              @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                              @Pattern(regexp = SchemaPatterns.SINGLE_LINE) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifMatch,
                              @Parameter(hidden = true) Caller caller) {
        service.delete(touchpointId, ifMatch, caller);
        return HttpResponse.noContent();
    }

    private static HttpResponse<TouchpointResponse> withETag(Touchpoint touchpoint) {
        return HttpResponse.ok(TouchpointResponse.from(touchpoint)).header(HttpHeaders.ETAG, TouchpointResponse.etagOf(touchpoint));
    }

    // Names the page schema in the OpenAPI document; the wire shape is Page.
    @Schema(name = "TouchpointPage", description = "One page of touchpoints in creation order")
    record TouchpointPage(@io.swagger.v3.oas.annotations.media.ArraySchema(maxItems = Page.MAX_LIMIT,
                                  arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED)) List<TouchpointResponse> items,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = ApiDocs.MAX_CURSOR,
                                  pattern = ApiDocs.CURSOR_PATTERN, description = "Pass back as `cursor` for the next page; null on the last page")
                          @Nullable String nextCursor) {
    }

    /** The 200 of a read or a replace: the touchpoint and its current ETag. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "The touchpoint and its current `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_LENGTH, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TouchpointResponse.class),
                    examples = @ExampleObject(name = "touchpoint", value = TouchpointExamples.TOUCHPOINT)))
    @interface AnswersWithETag {
    }
}
