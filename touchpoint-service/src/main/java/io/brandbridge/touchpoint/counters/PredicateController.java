package io.brandbridge.touchpoint.counters;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/stats/predicates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stats")
@ProblemAnswers.Guarded
class PredicateController {

    private final PredicateRegistry registry;

    PredicateController(PredicateRegistry registry) {
        this.registry = registry;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post
    @Status(HttpStatus.OK)
    @Operation(operationId = "registerPredicates", summary = "Register standing predicates to count at ingest",
            description = "Idempotent. A predicate is identified by its content (kind and conditions): registering it again with more touchpoints "
                    + "adds them, with the same ones changes nothing but its last-used time. At each touchpoint new to it, the interactions already "
                    + "stored are counted by a background backfill (state BACKFILLING, progress rowsDone of rowsTotal) and every later push counts "
                    + "its own in the same transaction; then the state is READY and `/stats/attainment`, `/stats/contingency` and their batch forms "
                    + "answer whole UTC hours from the counters, exactly as from the raw rows. Touchpoints outside the caller's scope or unknown are "
                    + "ignored. A predicate no question used for 14 days (configurable) is dropped with its counters. A threshold that is not finite "
                    + "answers 422. Unknown properties are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterPredicatesRequest.class), examples = @ExampleObject(name = "register", value = PredicateExamples.REGISTER_REQUEST)))
    @ApiResponse(responseCode = "200", description = "Each predicate once, attainment ones first, with its progress at the requested touchpoints",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PredicatesResponse.class),
                    examples = @ExampleObject(name = "predicates", value = PredicateExamples.PREDICATES)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Unprocessable
    PredicatesResponse register(@Valid @Body RegisterPredicatesRequest request, @Parameter(hidden = true) Caller caller) {
        return registry.register(request, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Get("/{predicateId}")
    @Operation(operationId = "getPredicate", summary = "A standing predicate and its backfill progress",
            description = "The predicate with its state at every touchpoint in the caller's scope it is counted at (by touchpoint id); 404 when "
                    + "it is unknown, was dropped, or is counted at none of them.")
    @ApiResponse(responseCode = "200", description = "The predicate", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PredicateResponse.class), examples = @ExampleObject(name = "predicate", value = PredicateExamples.PREDICATE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    PredicateResponse get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                          @Parameter(description = "Predicate id", example = PredicateExamples.ID) String predicateId,
                          @Parameter(hidden = true) Caller caller) {
        return registry.get(predicateId, caller);
    }
}
