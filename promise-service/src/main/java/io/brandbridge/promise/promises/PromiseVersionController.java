package io.brandbridge.promise.promises;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.data.Timestamps;
import io.brandbridge.promise.http.ApiDocs;
import io.brandbridge.promise.http.NotModifiedAnswer;
import io.brandbridge.promise.http.QueryInstants;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Instant;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Promises")
@ProblemAnswers.Guarded
class PromiseVersionController {

    private final PromiseReader reader;
    private final Clock clock;

    PromiseVersionController(PromiseReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/promises/{promiseId}/versions")
    @Operation(operationId = "listPromiseVersions", summary = "List the versions of a promise",
            description = "Every version ever created, version 1 first. Closed versions keep their content and carry the "
                    + "period they were in force. `nextCursor` is null on the last page." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "One page of versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseController.PromisePage.class),
                    examples = @ExampleObject(name = "page", ref = ApiDocs.EXAMPLES + "PromiseVersionPage")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    Page<PromiseResponse> versions(@Parameter(hidden = true) Caller caller,
                                   @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String promiseId,
                                   @Parameter(description = ApiDocs.LIMIT) @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) int limit,
                                   @Parameter(description = ApiDocs.CURSOR) @Nullable @QueryValue @Size(max = ApiDocs.CURSOR_MAX)
                                   @Pattern(regexp = ApiDocs.CURSOR_PATTERN, message = ApiDocs.CURSOR_MESSAGE) String cursor) {
        Page<PromiseView> page = reader.versions(caller, promiseId, limit, cursor);
        return new Page<>(page.items().stream().map(PromiseResponse::from).toList(), page.nextCursor());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/promises/{promiseId}/versions/{version}")
    @Operation(operationId = "getPromiseVersion", summary = "Get one version of a promise",
            description = "Version `version` (1, 2, ...) of the promise, readable forever; a version the promise does not have "
                    + "answers 404. With `If-None-Match` naming the version's current `ETag` the answer is 304 without a body."
                    + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The version",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "Entity tag of this version",
                    schema = @Schema(type = "string", maxLength = ApiDocs.ETAG_MAX, pattern = ApiDocs.ETAG_PATTERN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseResponse.class),
                    examples = @ExampleObject(name = "version", ref = ApiDocs.EXAMPLES + "PromiseActive")))
    @NotModifiedAnswer
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    HttpResponse<PromiseResponse> version(@Parameter(hidden = true) Caller caller,
                                          @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String promiseId,
                                          @PathVariable @Min(1) @Max(Integer.MAX_VALUE) int version,
                                          // Bound only so its limits are checked: NotModifiedFilter answers the 304.
                                          @Parameter(description = ApiDocs.IF_NONE_MATCH) @Nullable @Header(HttpHeaders.IF_NONE_MATCH)
                                          @Size(max = ApiDocs.ENTITY_TAGS_MAX) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String ifNoneMatch) {
        PromiseView view = reader.version(caller, promiseId, version);
        return HttpResponse.ok(PromiseResponse.from(view)).header(HttpHeaders.ETAG, view.etag());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get("/brands/{brandId}/promises/in-force")
    @Operation(operationId = "listPromisesInForce", summary = "Promise versions in force at an instant",
            description = "Every promise version of the brand with status ACTIVE or RETIRED whose `effectiveFrom <= at < "
                    + "effectiveTo` (a null `effectiveTo` is open), with its commitments; not paginated (a brand holds at most "
                    + PromiseService.PROMISES_PER_BRAND_MAX + " promises). `at` is an ISO-8601 instant with an offset and "
                    + "defaults to now (whole seconds). Alignment-service reads promises through this call." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The versions in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InForceResponse.class),
                    examples = @ExampleObject(name = "inForce", ref = ApiDocs.EXAMPLES + "PromisesInForce")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    InForceResponse inForce(@Parameter(hidden = true) Caller caller,
                            @PathVariable @Size(max = ApiDocs.ID_MAX) @Pattern(regexp = SchemaPatterns.ID, message = ApiDocs.ID_MESSAGE) String brandId,
                            @Parameter(description = "The instant, e.g. 2026-11-01T00:00:00Z (default now)",
                                    schema = @Schema(type = "string", format = "date-time", maxLength = ApiDocs.DATE_TIME_MAX))
                            @Nullable @QueryValue @Size(max = ApiDocs.DATE_TIME_MAX) String at) {
        Instant instant = at == null ? Timestamps.now(clock) : QueryInstants.parse("/at", at);
        return new InForceResponse(brandId, instant, reader.inForce(caller, brandId, instant).stream().map(PromiseResponse::from).toList());
    }
}
