package io.brandbridge.alignment.backfill;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
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

/** Backfill jobs: daily history computed over a range of past days, in the background. */
@Controller("/api/v1/alignment")
@ExecuteOn(TaskExecutors.BLOCKING)
@ProblemAnswers.Guarded
@Tag(name = "History", description = "Daily history: backfill jobs over past days, late data re-scored, and trends for charts")
public class BackfillController {

    static final String JOBS = "/api/v1/alignment/jobs/";
    private static final String EXAMPLES = "#/components/examples/";
    private static final String ID_PARAMETER = "^[A-Za-z0-9_-]+$";
    private static final int LOCATION_LENGTH = 64;

    private final BackfillService backfills;

    BackfillController(BackfillService backfills) {
        this.backfills = backfills;
    }

    @AllowedRoles({MARKETING, OPERATIONS})
    @Post("/brands/{brandId}/backfill")
    @Operation(operationId = "startBackfill", summary = "Compute the daily history of a range of past days",
            description = "Queues a job that computes the end-of-day snapshot of every day from `from` to `to` (both included; dates in the brand's "
                    + "time zone, none of them today or later, at most " + BackfillRules.MAX_DAYS + "), each as of the day's last second "
                    + "(23:59:59) under the promise versions in force then, so a promise activated with a past effectiveFrom is scored over "
                    + "the days since. A day already in history gets a newer computation, which reads then serve. Jobs survive a restart "
                    + "and go on from the day they reached; a brand runs one job at a time, others wait. Answers 202 with the job and its "
                    + "Location; 404 when promise-service does not know the brand or it is outside the caller's scope; 422 naming from or "
                    + "to; 409 when the brand already has " + "alignment.backfill.unfinished-per-brand (10) jobs waiting or running.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackfillRequest.class),
            examples = @ExampleObject(name = "quarter", value = "{\"from\":\"2026-08-01\",\"to\":\"2026-10-31\"}")))
    @ApiResponse(responseCode = "202", description = "The job, waiting to run",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The job", required = true,
                    schema = @Schema(type = "string", format = "uri-reference", maxLength = LOCATION_LENGTH)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackfillJobResponse.class),
                    examples = @ExampleObject(name = "queued", ref = EXAMPLES + "BackfillJobQueued")))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    @ProblemAnswers.Unprocessable
    public HttpResponse<BackfillJobResponse> start(@Parameter(description = "The brand's id") @PathVariable @Size(max = Limits.ID_LENGTH)
                                                   @Pattern(regexp = ID_PARAMETER) String brandId,
                                                   @Valid @Body BackfillRequest request,
                                                   @Parameter(hidden = true) Caller caller) {
        BackfillJobResponse job = backfills.create(caller, brandId, request);
        return HttpResponse.accepted().header(HttpHeaders.LOCATION, JOBS + job.id()).body(job);
    }

    @AllowedRoles({MARKETING, OPERATIONS})
    @Get("/jobs/{jobId}")
    @Operation(operationId = "getBackfillJob", summary = "A backfill job's progress",
            description = "State, days done of the total, the next day, the days given up and why, and when it started and finished. "
                    + "Answers 404 when the job does not exist or its brand is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BackfillJobResponse.class),
                    examples = @ExampleObject(name = "running", ref = EXAMPLES + "BackfillJobRunning")))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    public BackfillJobResponse job(@Parameter(description = "The job's id") @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER)
                                   String jobId,
                                   @Parameter(hidden = true) Caller caller) {
        return backfills.find(caller, jobId);
    }

    @AllowedRoles({MARKETING, OPERATIONS})
    @Delete("/jobs/{jobId}")
    @Operation(operationId = "cancelBackfillJob", summary = "Cancel a backfill job",
            description = "A waiting job never starts; a running one stops before its next day. The days already computed stay in history. "
                    + "Answers 204; 409 when the job has already finished; 404 when it does not exist or its brand is outside the caller's scope.")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Conflict
    public HttpResponse<Void> cancel(@Parameter(description = "The job's id") @PathVariable @Size(max = Limits.ID_LENGTH) @Pattern(regexp = ID_PARAMETER)
                                     String jobId,
                                     @Parameter(hidden = true) Caller caller) {
        backfills.cancel(caller, jobId);
        return HttpResponse.noContent();
    }
}
