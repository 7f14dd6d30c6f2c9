package io.brandbridge.touchpoint.interactions;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.ProblemExamples;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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

import java.time.DateTimeException;
import java.time.Instant;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints/{id}/interactions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interactions")
class InteractionController {

    // DATETIME(6) spans years 1000..9999; these bounds stand for "open" on either side.
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final TouchpointService touchpoints;
    private final InteractionQuery query;

    InteractionController(TouchpointService touchpoints, InteractionQuery query) {
        this.touchpoints = touchpoints;
        this.query = query;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get
    @Operation(summary = "List stored interactions in time order",
            description = "For audits: the touchpoint's interactions with `from <= occurredAt < to` (both optional), ordered by `occurredAt`. "
                    + "Pass `nextCursor` back as `cursor` for the next page; it is absent on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of interactions")
    @ApiResponse(responseCode = "400", description = "Invalid time, limit or cursor", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.BAD_REQUEST)))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "422", description = "`to` not after `from`", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.RANGE)))
    Page<InteractionResponse> list(@Parameter(description = "Touchpoint id") String id,
                                   @QueryValue @Nullable @Parameter(description = "Inclusive lower bound, ISO-8601", example = "2026-11-01T00:00:00Z") Instant from,
                                   @QueryValue @Nullable @Parameter(description = "Exclusive upper bound, ISO-8601", example = "2026-11-02T00:00:00Z") Instant to,
                                   @QueryValue(defaultValue = "50") @Min(1) @Max(200) int limit,
                                   @QueryValue @Nullable @Parameter(description = "`nextCursor` of the previous page") String cursor,
                                   @Parameter(hidden = true) Caller caller) {
        int seq = touchpoints.requireSeqInScope(id, caller);
        Instant lower = from == null || from.isBefore(EARLIEST) ? EARLIEST : from;
        Instant upper = to == null || to.isAfter(LATEST) ? LATEST : to;
        if (from != null && to != null && !from.isBefore(to)) {
            throw ProblemException.invalid("/to", "must be after from");
        }
        Instant afterAt = null;
        long afterId = 0;
        if (cursor != null) {
            String[] position = Cursors.decode(cursor).split("\\|", 2);
            try {
                afterAt = Instant.parse(position[0]);
                afterId = Long.parseLong(position[1]);
            } catch (DateTimeException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
            }
        }
        return Page.of(query.find(id, seq, lower, upper, afterAt, afterId, limit + 1), limit,
                row -> row.occurredAt() + "|" + row.id(), InteractionQuery.Row::interaction);
    }
}
