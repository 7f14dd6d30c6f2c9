package io.brandbridge.promise.promises;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.http.ApiDocs;
import io.brandbridge.promise.http.NotModifiedAnswer;
import io.brandbridge.promise.http.QueryInstants;
import io.brandbridge.promise.validation.EnumName;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

import java.time.Instant;
import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Promises", description = "Promises with measurable commitments, their lifecycle (DRAFT, ACTIVE, RETIRED) and versions")
@ProblemAnswers.Guarded
class PromiseController {

    static final String ETAG_DOC = "Entity tag of the current version, for If-Match";
    static final String EFFECTIVE_FROM_BOUNDS = "ISO-8601 instant with an offset, whole seconds, not before "
            + "2000-01-01T00:00:00Z and at most " + EffectiveFromRules.YEARS_AHEAD_MAX + " years after now (422 otherwise; "
            + "400 when it is not an instant)";

    private final PromiseService service;
    private final PromiseReader reader;

    PromiseController(PromiseService service, PromiseReader reader) {
        this.service = service;
        this.reader = reader;
    }

    @AllowedRoles(MARKETING)
    @Post("/brands/{brandId}/promises")
    @Operation(operationId = "createPromise", summary = "Create a promise (DRAFT)",
            description = "Creates version 1 of a promise in status DRAFT. Defaults: `priority` 3, commitment `weight` 1 and "
                    + "`minSample` 30. A draft may have no commitments or touchpoint types yet; activation needs both. "
                    + "Format rules answer 400, catalogue and cross-field rules 422, each naming the field by JSON pointer "
                    + "(e.g. `/commitments/1/objective`). A brand holds at most " + PromiseService.PROMISES_PER_BRAND_MAX
                    + " promises, in any status; one more answers 409." + ApiDocs.TOLERANT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PromiseRequest.class), examples = @ExampleObject(name = "promise", ref = ApiDocs.EXAMPLES + "PromiseRequest")))
    @ApiResponse(responseCode = "201", description = "Created; `Location` names the promise and `ETag` its state",
            headers = {@io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.LOCATION, description = "Path of the new promise",
                    schema = @Schema(type = "string", format = "uri-reference", maxLength = ApiDocs.LOCATION_MAX)),
                    @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                            schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseResponse.class),
                    examples = @ExampleObject(name = "draft", ref = ApiDocs.EXAMPLES + "PromiseDraft")))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.Unprocessable
    HttpResponse<PromiseResponse> create(@Parameter(hidden = true) Caller caller,
                                         @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                                         @Body @Valid PromiseRequest request) {
        PromiseView view = service.create(caller, brandId, request);
        return HttpResponse.created(PromiseResponse.from(view))
                .header(HttpHeaders.LOCATION, "/api/v1/promises/" + view.version().promiseId())
                .header(HttpHeaders.ETAG, view.etag());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/brands/{brandId}/promises")
    @Operation(operationId = "listPromises", summary = "List a brand's promises",
            description = "The current version of each promise of the brand, oldest promise first (then by id), optionally "
                    + "filtered by the current status and by a touchpoint type the promise covers. Pass `nextCursor` back as "
                    + "`cursor` for the next page; it is null on the last page." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "One page of promises",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromisePage.class),
                    examples = @ExampleObject(name = "page", ref = ApiDocs.EXAMPLES + "PromisePage")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<PromiseResponse> list(@Parameter(hidden = true) Caller caller,
                               @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                               @Parameter(description = "Only promises in this status", schema = @Schema(implementation = PromiseStatus.class))
                               @Nullable @QueryValue @EnumName(PromiseStatus.class) String status,
                               @Parameter(description = "Only promises covering this touchpoint type", schema = @Schema(implementation = TouchpointType.class))
                               @Nullable @QueryValue @EnumName(TouchpointType.class) String touchpointType,
                               @Parameter(description = ApiDocs.LIMIT) @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                               @Parameter(description = ApiDocs.CURSOR) @Nullable @QueryValue @Size(max = ApiDocs.CURSOR_MAX)
                               @Pattern(regexp = ApiDocs.CURSOR_PATTERN, message = ApiDocs.CURSOR_MESSAGE) String cursor) {
        Page<PromiseView> page = reader.list(caller, brandId, status == null ? null : PromiseStatus.valueOf(status),
                touchpointType == null ? null : TouchpointType.valueOf(touchpointType), limit, cursor);
        return new Page<>(page.items().stream().map(PromiseResponse::from).toList(), page.nextCursor());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/promises/{promiseId}")
    @Operation(operationId = "getPromise", summary = "Get a promise",
            description = "The current version of the promise, with the `ETag` an update must send in `If-Match`. With "
                    + "`If-None-Match` naming the current `ETag` the answer is 304 without a body." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The current version",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseResponse.class),
                    examples = @ExampleObject(name = "active", ref = ApiDocs.EXAMPLES + "PromiseActive")))
    @NotModifiedAnswer
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    HttpResponse<PromiseResponse> get(@Parameter(hidden = true) Caller caller,
                                      @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String promiseId,
                                      // Bound only so its limits are checked: NotModifiedFilter answers the 304.
                                      @Parameter(description = ApiDocs.IF_NONE_MATCH) @Nullable @Header(HttpHeaders.IF_NONE_MATCH)
                                      @Size(max = ApiDocs.ENTITY_TAGS_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String ifNoneMatch) {
        return withETag(reader.current(caller, promiseId));
    }

    @AllowedRoles(MARKETING)
    @Put("/promises/{promiseId}")
    @Operation(operationId = "updatePromise", summary = "Update a promise",
            description = "Replaces the promise's content (absent optional fields take their defaults); a promise as read is a "
                    + "valid body. A DRAFT is edited in place (`effectiveFrom` on a draft answers 422: a draft takes effect when "
                    + "activated). Editing an ACTIVE promise whose newest version is in force creates version n+1, in force from "
                    + "`effectiveFrom` (default now), and closes version n then (`effectiveTo`), in one transaction. A future "
                    + "`effectiveFrom` schedules the edit: version n stays in force until then, and the promise as read is the "
                    + "scheduled version. A past one backdates it. Either way it must be after version n's `effectiveFrom` "
                    + "(422 naming `/effectiveFrom`), so versions never overlap or change order. While the newest version is "
                    + "still scheduled, an edit changes that version in place (and its start, if `effectiveFrom` is given, with "
                    + "the version before it closing then) instead of adding one. The new or edited version must still have a "
                    + "commitment and a touchpoint type (422). A RETIRED promise is read-only (409). Sending the current "
                    + "content again changes nothing, unless it moves a scheduled version's start. Needs `If-Match` with the "
                    + "current `ETag`: 428 without it, 412 when it is stale. The start is set by the `effectiveFrom` query "
                    + "parameter only; in the body it is ignored like the other read-only fields." + ApiDocs.TOLERANT)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PromiseRequest.class), examples = @ExampleObject(name = "promise", ref = ApiDocs.EXAMPLES + "PromiseRequest")))
    @ApiResponse(responseCode = "200", description = "The current version after the update, and its `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseResponse.class),
                    examples = {@ExampleObject(name = "newVersion", ref = ApiDocs.EXAMPLES + "PromiseActive"),
                            @ExampleObject(name = "scheduled", ref = ApiDocs.EXAMPLES + "PromiseScheduled")}))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.PreconditionRequired
    @ProblemAnswers.Unprocessable
    HttpResponse<PromiseResponse> update(@Parameter(hidden = true) Caller caller,
                                         @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String promiseId,
                                         // Required in the contract: an absent header binds as empty and answers 428, not 400.
                                         @Parameter(description = ApiDocs.IF_MATCH_REQUIRED, required = true) @Header(value = HttpHeaders.IF_MATCH, defaultValue = "")
                                         @Size(max = ApiDocs.ENTITY_TAGS_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String ifMatch,
                                         @Parameter(description = "When the new version takes effect, e.g. 2027-01-01T00:00:00Z "
                                                 + "(default now; not on a draft). Must be after the `effectiveFrom` of the version "
                                                 + "it follows. " + EFFECTIVE_FROM_BOUNDS, example = "2027-01-01T00:00:00Z",
                                                 schema = @Schema(type = "string", format = "date-time", maxLength = ApiDocs.DATE_TIME_MAX))
                                         @Nullable @QueryValue @Size(max = ApiDocs.DATE_TIME_MAX) String effectiveFrom,
                                         @Body @Valid PromiseRequest request) {
        return withETag(service.update(caller, promiseId, ifMatch, request, instantOrNull(effectiveFrom)));
    }

    @AllowedRoles(MARKETING)
    @Post("/promises/{promiseId}/activate")
    @Operation(operationId = "activatePromise", summary = "Activate a draft promise",
            description = "Puts a DRAFT in force from `effectiveFrom` (default now). A past `effectiveFrom` backdates it (the "
                    + "promise was in force since then); a future one schedules it: the promise is ACTIVE but not in force until "
                    + "then. Needs at least one commitment and one touchpoint type (422 naming `/commitments` or "
                    + "`/touchpointTypes`); an `effectiveFrom` out of bounds answers 422 naming `/effectiveFrom`; any other "
                    + "status answers 409. The start is the `effectiveFrom` query parameter, not a body field."
                    + ApiDocs.IGNORED_BODY)
    @ApiResponse(responseCode = "200", description = "The active version and its `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseResponse.class),
                    examples = @ExampleObject(name = "active", ref = ApiDocs.EXAMPLES + "PromiseActive")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    @ProblemAnswers.Unprocessable
    HttpResponse<PromiseResponse> activate(@Parameter(hidden = true) Caller caller,
                                           @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String promiseId,
                                           @Parameter(description = ApiDocs.IF_MATCH_OPTIONAL) @Nullable @Header(HttpHeaders.IF_MATCH)
                                           @Size(max = ApiDocs.ENTITY_TAGS_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String ifMatch,
                                           @Parameter(description = "When the promise takes effect, e.g. 2025-06-01T00:00:00Z "
                                                   + "(default now). " + EFFECTIVE_FROM_BOUNDS, example = "2025-06-01T00:00:00Z",
                                                   schema = @Schema(type = "string", format = "date-time", maxLength = ApiDocs.DATE_TIME_MAX))
                                           @Nullable @QueryValue @Size(max = ApiDocs.DATE_TIME_MAX) String effectiveFrom) {
        return withETag(service.activate(caller, promiseId, ifMatch, instantOrNull(effectiveFrom)));
    }

    @AllowedRoles(MARKETING)
    @Post("/promises/{promiseId}/retire")
    @Operation(operationId = "retirePromise", summary = "Retire a promise",
            description = "Makes the promise read-only. The version in force is closed (`effectiveTo` = now) and stays in force "
                    + "for instants before that. A version that never took effect (a DRAFT, a scheduled first activation or a "
                    + "scheduled edit) is retired with no effective period; with a scheduled edit, the version before it is the "
                    + "one closed. Retiring a RETIRED promise answers 409." + ApiDocs.IGNORED_BODY)
    @ApiResponse(responseCode = "200", description = "The retired version and its `ETag`",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = ETAG_DOC,
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseResponse.class),
                    examples = @ExampleObject(name = "retired", ref = ApiDocs.EXAMPLES + "PromiseRetired")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.PreconditionFailed
    HttpResponse<PromiseResponse> retire(@Parameter(hidden = true) Caller caller,
                                         @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String promiseId,
                                         @Parameter(description = ApiDocs.IF_MATCH_OPTIONAL) @Nullable @Header(HttpHeaders.IF_MATCH)
                                         @Size(max = ApiDocs.ENTITY_TAGS_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String ifMatch) {
        return withETag(service.retire(caller, promiseId, ifMatch));
    }

    private static @Nullable Instant instantOrNull(@Nullable String effectiveFrom) {
        return effectiveFrom == null ? null : QueryInstants.parse(EffectiveFromRules.POINTER, effectiveFrom);
    }

    private static HttpResponse<PromiseResponse> withETag(PromiseView view) {
        return HttpResponse.ok(PromiseResponse.from(view)).header(HttpHeaders.ETAG, view.etag());
    }

    /** Names the page schema in the OpenAPI document; the wire shape is {@link Page}. */
    @Schema(name = "PromisePage", description = "One page of promises or of a promise's versions")
    record PromisePage(@ArraySchema(arraySchema = @Schema(description = "This page's promises, at most `limit`",
                               requiredMode = Schema.RequiredMode.REQUIRED), maxItems = Page.MAX_LIMIT) List<PromiseResponse> items,
                       @Schema(description = ApiDocs.NEXT_CURSOR, nullable = true, requiredMode = Schema.RequiredMode.REQUIRED,
                               maxLength = ApiDocs.CURSOR_MAX, pattern = ApiDocs.CURSOR_PATTERN) @Nullable String nextCursor) {
    }
}
