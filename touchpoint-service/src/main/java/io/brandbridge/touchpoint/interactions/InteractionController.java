package io.brandbridge.touchpoint.interactions;

import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.brandbridge.touchpoint.touchpoints.TouchpointService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

import static io.brandbridge.defaults.security.Role.MARKETING;
import static io.brandbridge.defaults.security.Role.OPERATIONS;
import static io.brandbridge.defaults.security.Role.VIEWER;

@Controller("/api/v1/touchpoints/{touchpointId}/interactions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interactions")
@ProblemAnswers.Guarded
class InteractionController {

    // DATETIME(6) spans years 1000..9999; these bounds stand for "open" on either side.
    private static final Instant EARLIEST = Instant.parse("1000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private static final String PAGE_EXAMPLE = """
            {"items":[{"touchpointId":"tp_k3v9x0q2m8r4t6w1y5z7","externalId":"call-000042","occurredAt":"2026-11-01T09:30:00Z",\
            "journeyId":"jrn-7f3a","customerRef":"cust-93b1","sourceVersion":1793526843123000,"metrics":{"wait_seconds":42,"answered":true,"csat":4},\
            "attributes":{"queue":"billing"},"receivedAt":"2026-11-01T09:31:02.417Z"}],\
            "nextCursor":"MjAyNi0xMS0wMVQwOTozMDowMFp8NDI"}""";

    private final TouchpointService touchpoints;
    private final InteractionQuery query;

    InteractionController(TouchpointService touchpoints, InteractionQuery query) {
        this.touchpoints = touchpoints;
        this.query = query;
    }

    @AllowedRoles({MARKETING, OPERATIONS, VIEWER})
    @Get
    @Operation(operationId = "listInteractions", summary = "List stored interactions in time order",
            description = "For audits: the touchpoint's interactions with `from <= occurredAt < to` (both optional), ordered by `occurredAt`. "
                    + "404 when the touchpoint does not exist or is outside the caller's scope; 422 when `to` is not after `from`. "
                    + "Pass `nextCursor` back as `cursor` for the next page; it is null on the last page.")
    @ApiResponse(responseCode = "200", description = "One page of interactions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InteractionPage.class),
                    examples = @ExampleObject(name = "page", value = PAGE_EXAMPLE)))
    @ProblemAnswers.BadParameters
    @ProblemAnswers.NotFound
    @ProblemAnswers.Unprocessable
    Page<InteractionResponse> list(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                                   @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                                   @QueryValue @Nullable @Parameter(description = "Inclusive lower bound, ISO-8601 with an offset",
                                           example = "2026-11-01T00:00:00Z", schema = @Schema(type = "string", format = "date-time",
                                           maxLength = ApiDocs.MAX_DATE_TIME)) Instant from,
                                   @QueryValue @Nullable @Parameter(description = "Exclusive upper bound, ISO-8601 with an offset",
                                           example = "2026-11-02T00:00:00Z", schema = @Schema(type = "string", format = "date-time",
                                           maxLength = ApiDocs.MAX_DATE_TIME)) Instant to,
                                   @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_LIMIT) @Parameter(description = ApiDocs.LIMIT) int limit,
                                   @QueryValue @Nullable @Size(max = ApiDocs.MAX_CURSOR) @Pattern(regexp = ApiDocs.CURSOR_PATTERN)
                                   @Parameter(description = ApiDocs.CURSOR) String cursor,
                                   @Parameter(hidden = true) Caller caller) {
        int seq = touchpoints.requireSeqInScope(touchpointId, caller);
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
        return Page.of(query.find(touchpointId, seq, lower, upper, afterAt, afterId, limit + 1), limit,
                row -> row.occurredAt() + "|" + row.id(), InteractionQuery.Row::interaction);
    }

    // Names the page schema in the OpenAPI document; the wire shape is Page.
    @Schema(name = "InteractionPage", description = "One page of a touchpoint's interactions in time order")
    record InteractionPage(@ArraySchema(maxItems = Page.MAX_LIMIT, arraySchema = @Schema(requiredMode = Schema.RequiredMode.REQUIRED))
                           List<InteractionResponse> items,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED, nullable = true, maxLength = ApiDocs.MAX_CURSOR,
                                   pattern = ApiDocs.CURSOR_PATTERN, description = "Pass back as `cursor` for the next page; null on the last page")
                           @Nullable String nextCursor) {
    }
}
