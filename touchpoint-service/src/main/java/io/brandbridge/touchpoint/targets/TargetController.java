package io.brandbridge.touchpoint.targets;

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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints/{touchpointId}/targets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Operational targets", description = "What operations are managed and paid to hit at a touchpoint")
@ProblemAnswers.Guarded
class TargetController {

    private final TargetService service;

    TargetController(TargetService service) {
        this.service = service;
    }

    @AllowedRoles(OPERATIONS)
    @Post
    @Operation(operationId = "createTarget", summary = "Create an operational target",
            description = "Adds a target such as `handle_seconds LE 180` to the touchpoint. 404 when the touchpoint does not exist or is "
                    + "outside the caller's scope; a threshold that is not finite answers 422. Unknown properties are ignored; "
                    + "`id` and `touchpointId` in the body have no effect.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` points at the new target and `ETag` names its state",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new target",
                            schema = @Schema(type = "string", maxLength = 128,
                                    pattern = "^/api/v1/touchpoints/[a-z]+_[0-9a-hjkmnp-tv-z]{20}/targets/[a-z]+_[0-9a-hjkmnp-tv-z]{20}$")),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG,
                            schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_LENGTH, pattern = ApiDocs.ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetResponse.class),
                    examples = @ExampleObject(name = "target", value = TargetExamples.TARGET)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Unprocessable
    HttpResponse<TargetResponse> create(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                        @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                        @Valid @Body TargetRequest request,
                                        @Parameter(hidden = true) Caller caller) {
        OperationalTarget created = service.create(touchpointId, request, caller);
        return HttpResponse.created(TargetResponse.from(created), URI.create("/api/v1/touchpoints/" + touchpointId + "/targets/" + created.id()))
                .header(HttpHeaders.ETAG, TargetResponse.etagOf(created));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get
    @Operation(operationId = "listTargets", summary = "List a touchpoint's operational targets",
            description = "The touchpoint's targets in creation order; 404 when the touchpoint does not exist or is outside the caller's scope. "
                    + "Pass `nextCursor` back as `cursor` for the next page; it is null on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of targets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetPage.class),
                    examples = @ExampleObject(name = "page", value = TargetExamples.PAGE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<TargetResponse> list(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                              @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                              @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) @Parameter(description = ApiDocs.LIMIT) int limit,
                              @QueryValue @Nullable @Size(max = ApiDocs.MAX_CURSOR) @Pattern(regexp = ApiDocs.CURSOR_PATTERN)
                              @Parameter(description = ApiDocs.CURSOR) String cursor,
                              @Parameter(hidden = true) Caller caller) {
        return service.list(touchpointId, limit, cursor, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/{targetId}")
    @Operation(operationId = "getTarget", summary = "Get an operational target",
            description = "The target and its `ETag`; 404 when the touchpoint or the target does not exist or is outside the caller's scope. "
                    + "With `If-None-Match` naming the current `ETag` the answer is 304 without a body.")
    @AnswersWithETag
    @ApiDocs.NotModified
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    HttpResponse<TargetResponse> get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                     @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                     @PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                     @Parameter(description = "Operational target id", example = "tgt_8d2k4m6n8p0q2r4s6t8v") String targetId,
                                     // Answered by NotModifiedFilter; bound here so that it is documented and checked.
                                     @Header(HttpHeaders.IF_NONE_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                                     @Pattern(regexp = SchemaPatterns.SINGLE_LINE) @Parameter(description = ApiDocs.IF_NONE_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifNoneMatch,
                                     @Parameter(hidden = true) Caller caller) {
        return withETag(service.get(touchpointId, targetId, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Put("/{targetId}")
    @Operation(operationId = "updateTarget", summary = "Replace an operational target",
            description = "Replaces metric, op, threshold, kind and rationale; a threshold that is not finite answers 422. 404 when the "
                    + "touchpoint or the target does not exist or is outside the caller's scope. With `If-Match` the change applies only "
                    + "to the state it names (412 otherwise); without one, a change that races another answers 409. Unknown properties "
                    + "are ignored; `id` and `touchpointId` in the body have no effect.")
    @AnswersWithETag
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.Unprocessable
    HttpResponse<TargetResponse> update(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                        @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                        @PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                        @Parameter(description = "Operational target id", example = "tgt_8d2k4m6n8p0q2r4s6t8v") String targetId,
                                        @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                                        @Pattern(regexp = SchemaPatterns.SINGLE_LINE) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifMatch,
                                        @Valid @Body TargetRequest request,
                                        @Parameter(hidden = true) Caller caller) {
        return withETag(service.update(touchpointId, targetId, ifMatch, request, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Delete("/{targetId}")
    @Operation(operationId = "deleteTarget", summary = "Delete an operational target",
            description = "Deletes the target. 404 when the touchpoint or the target does not exist or is outside the caller's scope; "
                    + "412 when `If-Match` names a state that is no longer current; 409 when, without `If-Match`, it changed while the request ran.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    HttpResponse<Void> delete(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                              @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                              @PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                              @Parameter(description = "Operational target id", example = "tgt_8d2k4m6n8p0q2r4s6t8v") String targetId,
                              @Header(HttpHeaders.IF_MATCH) @Nullable @Size(max = ApiDocs.MAX_CONDITION)
                              @Pattern(regexp = SchemaPatterns.SINGLE_LINE) @Parameter(description = ApiDocs.IF_MATCH, example = ApiDocs.ETAG_EXAMPLE) String ifMatch,
                              @Parameter(hidden = true) Caller caller) {
        service.delete(touchpointId, targetId, ifMatch, caller);
        return HttpResponse.noContent();
    }

    private static HttpResponse<TargetResponse> withETag(OperationalTarget target) {
        return HttpResponse.ok(TargetResponse.from(target)).header(HttpHeaders.ETAG, TargetResponse.etagOf(target));
    }

    // Names the page schema in the OpenAPI document; the wire shape is Page.
    @Schema(name = "OperationalTargetPage", description = "One page of a touchpoint's operational targets in creation order")
    record TargetPage(@ArraySchema(maxItems = Page.MAX_LIMIT, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                      List<TargetResponse> items,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = ApiDocs.MAX_CURSOR,
                              pattern = ApiDocs.CURSOR_PATTERN, description = "Pass back as `cursor` for the next page; null on the last page")
                      @Nullable String nextCursor) {
    }

    /** The 200 of a read or a replace: the operational target and its current ETag. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(responseCode = "200", description = "The operational target and its current `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ApiDocs.ETAG,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_LENGTH, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetResponse.class),
                    examples = @ExampleObject(name = "target", value = TargetExamples.TARGET)))
    @interface AnswersWithETag {
    }
}
