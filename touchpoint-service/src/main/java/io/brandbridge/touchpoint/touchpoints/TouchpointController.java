package io.brandbridge.touchpoint.touchpoints;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.net.URI;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Touchpoints", description = "Where the brand meets its customers: call centres, delivery, stores and more")
class TouchpointController {

    private final TouchpointService service;

    TouchpointController(TouchpointService service) {
        this.service = service;
    }

    @AllowedRoles(OPERATIONS)
    @Post
    @Operation(summary = "Create a touchpoint",
            description = "Creates a touchpoint of the brand given by `brandId`, which must be within the caller's brand scope. "
                    + "`timeZone` defaults to UTC. Unknown properties are ignored; `id`, `brandId` and `createdAt` in the body have no effect.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` points at the new touchpoint")
    @ApiResponse(responseCode = "400", description = "Missing or invalid field", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "The brand is outside the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "Unknown time zone", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.INVALID)))
    HttpResponse<TouchpointResponse> create(@QueryValue @NotBlank @Size(max = 64) @Parameter(description = "The brand that owns the touchpoint", example = "brd_k3v9x0q2m8r4t6w1y5z7") String brandId,
                                            @Valid @Body TouchpointRequest request,
                                            @Parameter(hidden = true) Caller caller) {
        Touchpoint created = service.create(brandId, request, caller);
        return HttpResponse.created(TouchpointResponse.from(created), URI.create("/api/v1/touchpoints/" + created.id()));
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, INTEGRATOR, SERVICE})
    @Get
    @Operation(summary = "List touchpoints",
            description = "Touchpoints of the brands in the caller's scope, in creation order, optionally of one brand and one type. "
                    + "Pass `nextCursor` back as `cursor` for the next page; it is absent on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of touchpoints")
    @ApiResponse(responseCode = "400", description = "Invalid limit, type or cursor", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "`brandId` names no brand in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    Page<TouchpointResponse> list(@QueryValue @Nullable @Parameter(description = "Only this brand's touchpoints") String brandId,
                                  @QueryValue @Nullable @Parameter(description = "Only touchpoints of this type") TouchpointType type,
                                  @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                  @QueryValue @Nullable @Parameter(description = "`nextCursor` of the previous page") String cursor,
                                  @Parameter(hidden = true) Caller caller) {
        return service.list(brandId, type, limit, cursor, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, INTEGRATOR})
    @Get("/{id}")
    @Operation(summary = "Get a touchpoint")
    @ApiResponse(responseCode = "200", description = "The touchpoint")
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    TouchpointResponse get(@Parameter(description = "Touchpoint id") String id, @Parameter(hidden = true) Caller caller) {
        return TouchpointResponse.from(service.requireInScope(id, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Put("/{id}")
    @Operation(summary = "Replace a touchpoint's details",
            description = "Replaces type, name, owner, region, vendor and time zone (absent `vendor` clears it, absent `timeZone` means UTC). "
                    + "The brand cannot change. Unknown properties are ignored; `id`, `brandId` and `createdAt` in the body have no effect.")
    @ApiResponse(responseCode = "200", description = "The updated touchpoint")
    @ApiResponse(responseCode = "400", description = "Missing or invalid field", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "Unknown time zone", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.INVALID)))
    TouchpointResponse update(@Parameter(description = "Touchpoint id") String id, @Valid @Body TouchpointRequest request, @Parameter(hidden = true) Caller caller) {
        return TouchpointResponse.from(service.update(id, request, caller));
    }

    @AllowedRoles(OPERATIONS)
    @Delete("/{id}")
    @Operation(summary = "Delete a touchpoint", description = "Deletes a touchpoint and its operational targets. Refused with 409 once it has interactions.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "409", description = "The touchpoint has interactions", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.CONFLICT)))
    HttpResponse<Void> delete(@Parameter(description = "Touchpoint id") String id, @Parameter(hidden = true) Caller caller) {
        service.delete(id, caller);
        return HttpResponse.noContent();
    }
}
