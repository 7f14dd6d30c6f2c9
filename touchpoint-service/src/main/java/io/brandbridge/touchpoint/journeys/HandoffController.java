package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.SERVICE;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/stats/handoffs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stats", description = "Read-only counts over stored interactions (POSTed because of the body)")
@ProblemAnswers.Guarded
class HandoffController {

    private final HandoffMatrix matrix;

    HandoffController(HandoffMatrix matrix) {
        this.matrix = matrix;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post
    @Status(HttpStatus.OK)
    @Operation(operationId = "computeHandoffs", summary = "Handoff matrix between touchpoints",
            description = "A handoff is two consecutive contacts of one journey at different touchpoints. Counts the handoffs whose two "
                    + "touchpoints are both listed and whose earlier contact is in `from <= occurredAt < to` (at most 400 days), per pair: "
                    + "`followedUp` those whose later contact was itself followed up (the customer came back within 7 days), "
                    + "`medianGapMinutes` the median gap in whole minutes (the mean of the two middle ones for an even count). `journeys` "
                    + "counts journeys whose first contact is at a listed touchpoint in the range, `oneContactJourneys` those of one contact, "
                    + "`oneContactFollowedUp` those whose contact was followed up. A touchpoint unknown or outside the caller's scope answers "
                    + "404; `to` not after `from` or more than 400 days after it answers 422. Unknown properties are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HandoffsRequest.class), examples = @ExampleObject(name = "month", value = JourneyExamples.HANDOFFS_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The matrix", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HandoffsResponse.class), examples = @ExampleObject(name = "matrix", value = JourneyExamples.HANDOFFS)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    @ProblemAnswers.Unprocessable
    HandoffsResponse handoffs(@Valid @Body HandoffsRequest request, @Parameter(hidden = true) Caller caller) {
        return matrix.answer(request, caller);
    }
}
