package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
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

@Controller("/api/v1/stats")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Stats", description = "Read-only counts over stored interactions (POSTed because of the body)")
@ProblemAnswers.Guarded
class StatsController {

    private final StatsService service;
    private final ChangedDays changedDays;

    StatsController(StatsService service, ChangedDays changedDays) {
        this.service = service;
        this.changedDays = changedDays;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post("/attainment")
    @Status(HttpStatus.OK)
    @Operation(operationId = "computeAttainment", summary = "Count interactions meeting a metric predicate",
            description = "Over `from <= occurredAt < to` (at most 400 days): `valid` counts interactions carrying `metric`, `good` those where "
                    + "`metric op threshold` holds (booleans are 1 and 0). `byTouchpoint` lists every requested touchpoint in the caller's scope "
                    + "(zeros included, request order); touchpoints outside the scope or unknown are ignored. With `bucket` HOUR or DAY, "
                    + "`buckets` is the series of UTC hours or days from the one holding `from` up to `to`, zeros included; otherwise it is empty. "
                    + "`to` not after `from`, more than 400 days after it, or a threshold that is not finite answers 422. "
                    + "Unknown properties are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttainmentRequest.class), examples = @ExampleObject(name = "daily", value = StatsExamples.ATTAINMENT_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The counts", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttainmentResponse.class), examples = @ExampleObject(name = "counts", value = StatsExamples.ATTAINMENT)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Unprocessable
    AttainmentResponse attainment(@Valid @Body AttainmentRequest request, @Parameter(hidden = true) Caller caller) {
        return service.attainment(request, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post("/contingency")
    @Status(HttpStatus.OK)
    @Operation(operationId = "computeContingency", summary = "2×2 table of two metric predicates",
            description = "Over interactions in `from <= occurredAt < to` (at most 400 days) that carry both metrics: how many meet both "
                    + "predicates, only `a`, only `b`, or neither. Touchpoints outside the caller's scope or unknown are ignored. "
                    + "`to` not after `from`, more than 400 days after it, or a threshold that is not finite answers 422. "
                    + "Unknown properties are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContingencyRequest.class), examples = @ExampleObject(name = "table", value = StatsExamples.CONTINGENCY_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The table", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContingencyResponse.class), examples = @ExampleObject(name = "table", value = StatsExamples.CONTINGENCY)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Unprocessable
    ContingencyResponse contingency(@Valid @Body ContingencyRequest request, @Parameter(hidden = true) Caller caller) {
        return service.contingency(request, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post("/attainment/batch")
    @Status(HttpStatus.OK)
    @Operation(operationId = "computeAttainmentBatch", summary = "Count one metric predicate over many windows at once",
            description = "One question per distinct predicate for all its windows (1 to 50): `windows` answers, in request order, exactly what "
                    + "`POST /stats/attainment` answers for that window and bucket. Each window follows the same rules; a window breaking one "
                    + "answers 422 naming it (`/windows/<i>/to`). A threshold that is not finite answers 422. Unknown properties are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttainmentBatchRequest.class), examples = @ExampleObject(name = "windows", value = StatsExamples.ATTAINMENT_BATCH_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The counts of each window", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AttainmentBatchResponse.class), examples = @ExampleObject(name = "counts", value = StatsExamples.ATTAINMENT_BATCH)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Unprocessable
    AttainmentBatchResponse attainmentBatch(@Valid @Body AttainmentBatchRequest request, @Parameter(hidden = true) Caller caller) {
        return service.attainment(request, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post("/contingency/batch")
    @Status(HttpStatus.OK)
    @Operation(operationId = "computeContingencyBatch", summary = "2×2 tables of two metric predicates over many windows at once",
            description = "One question per distinct pair for all its windows (1 to 50): `windows` answers, in request order, exactly what "
                    + "`POST /stats/contingency` answers for that window. Each window follows the same rules; a window breaking one answers 422 "
                    + "naming it (`/windows/<i>/to`). A threshold that is not finite answers 422. Unknown properties are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContingencyBatchRequest.class), examples = @ExampleObject(name = "windows", value = StatsExamples.CONTINGENCY_BATCH_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The table of each window", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContingencyBatchResponse.class), examples = @ExampleObject(name = "tables", value = StatsExamples.CONTINGENCY_BATCH)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Unprocessable
    ContingencyBatchResponse contingencyBatch(@Valid @Body ContingencyBatchRequest request, @Parameter(hidden = true) Caller caller) {
        return service.contingency(request, caller);
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, SERVICE})
    @Post("/changes")
    @Status(HttpStatus.OK)
    @Operation(operationId = "listChangedDays", summary = "Local days that received interactions since a watermark",
            description = "For re-scoring daily snapshots after late data: the distinct local dates in `timeZone` (ascending) of the UTC hours "
                    + "that received stored interactions at or after `since` (every hour when `since` is absent or null), from the hour holding "
                    + "`occurredFrom` on. An hour counts for the local dates of its first and last instant, so with a :30 or :45 offset it may name "
                    + "two. Each date carries the span of its changed hours (from, to) and when the last of them changed. Duplicates and rejected records mark nothing. Pass `watermark` as `since` next time: it trails the time this question "
                    + "started by a lag (60 s by default), so every push committed after the answer is reported again then; a day may be reported "
                    + "twice, none is missed. Touchpoints outside the caller's scope or unknown are ignored. `occurredFrom` more than 1000 days "
                    + "before now or an unknown `timeZone` answers 422. Unknown properties are ignored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangesRequest.class), examples = @ExampleObject(name = "since", value = StatsExamples.CHANGES_REQUEST)))
    @ApiResponse(responseCode = "200", description = "The changed days and the next watermark", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangesResponse.class), examples = @ExampleObject(name = "days", value = StatsExamples.CHANGES)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.Unprocessable
    ChangesResponse changes(@Valid @Body ChangesRequest request, @Parameter(hidden = true) Caller caller) {
        return changedDays.changes(request, caller);
    }
}
