package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.ProblemExamples;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
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

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stats", description = "Read-only counts over stored interactions (POSTed because of the body)")
class StatsController {

    private final StatsService service;

    StatsController(StatsService service) {
        this.service = service;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post("/attainment")
    @Status(HttpStatus.OK)
    @Operation(summary = "Count interactions meeting a metric predicate",
            description = "Over `from <= occurredAt < to` (at most 400 days): `valid` counts interactions carrying `metric`, `good` those where "
                    + "`metric op threshold` holds (booleans are 1 and 0). `byTouchpoint` lists every requested touchpoint in the caller's scope "
                    + "(zeros included, request order); touchpoints outside the scope or unknown are ignored. With `bucket` HOUR or DAY, "
                    + "`buckets` is the series of UTC hours or days from the one holding `from` up to `to`, zeros included; otherwise it is empty. "
                    + "Unknown properties are ignored.")
    @ApiResponse(responseCode = "200", description = "The counts")
    @ApiResponse(responseCode = "400", description = "Missing or invalid field", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "422", description = "`to` not after `from`, or more than 400 days apart", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.RANGE)))
    AttainmentResponse attainment(@Valid @Body AttainmentRequest request, @Parameter(hidden = true) Caller caller) {
        return service.attainment(request, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post("/contingency")
    @Status(HttpStatus.OK)
    @Operation(summary = "2×2 table of two metric predicates",
            description = "Over interactions in `from <= occurredAt < to` (at most 400 days) that carry both metrics: how many meet both "
                    + "predicates, only `a`, only `b`, or neither. Touchpoints outside the caller's scope or unknown are ignored. "
                    + "Unknown properties are ignored.")
    @ApiResponse(responseCode = "200", description = "The table")
    @ApiResponse(responseCode = "400", description = "Missing or invalid field", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "422", description = "`to` not after `from`, or more than 400 days apart", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.RANGE)))
    ContingencyResponse contingency(@Valid @Body ContingencyRequest request, @Parameter(hidden = true) Caller caller) {
        return service.contingency(request, caller);
    }
}
