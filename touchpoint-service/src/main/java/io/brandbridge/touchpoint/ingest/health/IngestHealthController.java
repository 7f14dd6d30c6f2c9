package io.brandbridge.touchpoint.ingest.health;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;
import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints/{touchpointId}/ingest-health")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interactions")
@ProblemAnswers.Guarded
class IngestHealthController {

    static final Duration WINDOW = Duration.ofHours(24);

    private final TouchpointService touchpoints;
    private final PushLog log;
    private final Clock clock;

    IngestHealthController(TouchpointService touchpoints, PushLog log, Clock clock) {
        this.touchpoints = touchpoints;
        this.log = log;
        this.clock = clock;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER, INTEGRATOR})
    @Get
    @Operation(operationId = "getIngestHealth", summary = "Get a touchpoint's ingest health",
            description = "When the touchpoint last received a push, and the summed reports of its pushes in the last 24 hours "
                    + "(`from < arrival <= to`, whole seconds). Every push that answered a report counts, one whose records were all "
                    + "rejected too; a push refused whole (400, 413, 415) or one that failed does not. Pushes are kept 30 days, so "
                    + "`lastPushAt` is null (and every count 0) when none arrived in that time. Roles MARKETING, OPERATIONS, VIEWER and INTEGRATOR, as "
                    + "for reading the touchpoint. 404 when the touchpoint does not exist or is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "The touchpoint's ingest health",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestHealthResponse.class),
                    examples = @ExampleObject(name = "health", value = IngestHealthResponse.EXAMPLE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    IngestHealthResponse get(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                             @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                             @Parameter(hidden = true) Caller caller) {
        int seq = touchpoints.requireSeqInScope(touchpointId, caller);
        Instant to = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant from = to.minus(WINDOW);
        return IngestHealthResponse.from(touchpointId, from, to, log.summary(seq, from, to));
    }
}
