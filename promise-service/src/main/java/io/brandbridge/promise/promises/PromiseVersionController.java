package io.brandbridge.promise.promises;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.data.Timestamps;
import io.brandbridge.promise.http.ApiDocs;
import io.brandbridge.promise.http.ProblemAnswers;
import io.brandbridge.promise.http.QueryInstants;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

import java.time.Clock;
import java.time.Instant;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Promises")
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
                    + "period they were in force." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "One page of versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseController.PromisePage.class),
                    examples = @ExampleObject(name = "page", value = PromiseExamples.PAGE)))
    @ProblemAnswers.BadRequest
    @ProblemAnswers.Unauthorized
    @ProblemAnswers.NotFound
    Page<PromiseResponse> versions(@Parameter(hidden = true) Caller caller, @PathVariable String promiseId,
                                   @Parameter(description = ApiDocs.LIMIT) @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                   @Parameter(description = ApiDocs.CURSOR) @Nullable @QueryValue String cursor) {
        Page<PromiseView> page = reader.versions(caller, promiseId, limit, cursor);
        return new Page<>(page.items().stream().map(PromiseResponse::from).toList(), page.nextCursor());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/promises/{promiseId}/versions/{version}")
    @Operation(operationId = "getPromiseVersion", summary = "Get one version of a promise",
            description = "Version `version` (1, 2, ...) of the promise, readable forever." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The version",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = HttpHeaders.ETAG, description = "Entity tag of this version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromiseResponse.class),
                    examples = @ExampleObject(name = "version", value = PromiseExamples.ACTIVE)))
    @ProblemAnswers.BadRequest
    @ProblemAnswers.Unauthorized
    @ProblemAnswers.NotFound
    HttpResponse<PromiseResponse> version(@Parameter(hidden = true) Caller caller, @PathVariable String promiseId,
                                          @PathVariable @Min(1) int version) {
        PromiseView view = reader.version(caller, promiseId, version);
        return HttpResponse.ok(PromiseResponse.from(view)).header(HttpHeaders.ETAG, view.etag());
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get("/brands/{brandId}/promises/in-force")
    @Operation(operationId = "listPromisesInForce", summary = "Promise versions in force at an instant",
            description = "Every promise version of the brand with status ACTIVE or RETIRED whose `effectiveFrom <= at < "
                    + "effectiveTo` (an absent `effectiveTo` is open), with its commitments; not paginated. `at` is an "
                    + "ISO-8601 instant with an offset and defaults to now (whole seconds). Alignment-service reads promises through "
                    + "this call." + ApiDocs.NO_BODY)
    @ApiResponse(responseCode = "200", description = "The versions in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InForceResponse.class),
                    examples = @ExampleObject(name = "inForce", value = PromiseExamples.IN_FORCE)))
    @ProblemAnswers.BadRequest
    @ProblemAnswers.Unauthorized
    @ProblemAnswers.NotFound
    InForceResponse inForce(@Parameter(hidden = true) Caller caller, @PathVariable String brandId,
                            @Parameter(description = "The instant, e.g. 2026-11-01T00:00:00Z (default now)",
                                    schema = @Schema(type = "string", format = "date-time"))
                            @Nullable @QueryValue String at) {
        Instant instant = at == null ? Timestamps.now(clock) : QueryInstants.parse("/at", at);
        return new InForceResponse(brandId, instant, reader.inForce(caller, brandId, instant).stream().map(PromiseResponse::from).toList());
    }
}
