package io.brandbridge.touchpoint.targets;

import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.ProblemExamples;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
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

import java.net.URI;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints/{id}/targets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Operational targets", description = "What operations are managed and paid to hit at a touchpoint")
class TargetController {

    private final TargetService service;

    TargetController(TargetService service) {
        this.service = service;
    }

    @AllowedRoles(OPERATIONS)
    @Post
    @Operation(summary = "Create an operational target",
            description = "Adds a target such as `handle_seconds LE 180` to the touchpoint. Unknown properties are ignored; `id` and `touchpointId` in the body have no effect.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` points at the new target")
    @ApiResponse(responseCode = "400", description = "Missing or invalid field", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "Threshold is not finite", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.INVALID)))
    HttpResponse<TargetResponse> create(@Parameter(description = "Touchpoint id") String id, @Valid @Body TargetRequest request, @Parameter(hidden = true) Caller caller) {
        OperationalTarget created = service.create(id, request, caller);
        return HttpResponse.created(TargetResponse.from(created), URI.create("/api/v1/touchpoints/" + id + "/targets/" + created.id()));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get
    @Operation(summary = "List a touchpoint's operational targets",
            description = "In creation order. Pass `nextCursor` back as `cursor` for the next page; it is absent on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of targets")
    @ApiResponse(responseCode = "400", description = "Invalid limit or cursor", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    Page<TargetResponse> list(@Parameter(description = "Touchpoint id") String id,
                              @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                              @QueryValue @Nullable @Parameter(description = "`nextCursor` of the previous page") String cursor,
                              @Parameter(hidden = true) Caller caller) {
        return service.list(id, limit, cursor, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get("/{targetId}")
    @Operation(summary = "Get an operational target")
    @ApiResponse(responseCode = "200", description = "The target")
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint or target in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    TargetResponse get(@Parameter(description = "Touchpoint id") String id, @Parameter(description = "Operational target id") String targetId, @Parameter(hidden = true) Caller caller) {
        return TargetResponse.from(service.get(id, targetId, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Put("/{targetId}")
    @Operation(summary = "Replace an operational target",
            description = "Replaces metric, op, threshold, kind and rationale. Unknown properties are ignored; `id` and `touchpointId` in the body have no effect.")
    @ApiResponse(responseCode = "200", description = "The updated target")
    @ApiResponse(responseCode = "400", description = "Missing or invalid field", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint or target in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "Threshold is not finite", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.INVALID)))
    TargetResponse update(@Parameter(description = "Touchpoint id") String id, @Parameter(description = "Operational target id") String targetId, @Valid @Body TargetRequest request, @Parameter(hidden = true) Caller caller) {
        return TargetResponse.from(service.update(id, targetId, request, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Delete("/{targetId}")
    @Operation(summary = "Delete an operational target")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint or target in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    HttpResponse<Void> delete(@Parameter(description = "Touchpoint id") String id, @Parameter(description = "Operational target id") String targetId, @Parameter(hidden = true) Caller caller) {
        service.delete(id, targetId, caller);
        return HttpResponse.noContent();
    }
}
