package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.ProblemExamples;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.io.InputStream;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;

@Controller("/api/v1/touchpoints/{id}/interactions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interactions", description = "What actually happened at a touchpoint, pushed by integrators")
class IngestController {

    private static final String DESCRIPTION = """
            Stores interactions of one touchpoint and answers a report of what happened to each record.

            **Formats** (UTF-8): `application/json` with one interaction object or an array of them; `application/x-ndjson` with one \
            object per line; `text/csv` with a header row. Large bodies are streamed, never held whole.

            **CSV columns**: `externalId,occurredAt,journeyId,customerRef`, then `m.<metric>` for each metric and `a.<attribute>` for \
            each attribute, in any order, e.g. `externalId,occurredAt,m.wait_seconds,m.answered,a.queue`. Only `externalId` and \
            `occurredAt` are required columns; other columns are ignored. A blank cell is an absent value. Metric cells hold a number or \
            `true`/`false`. Cells may be double-quoted (`""` inside quotes is a quote). A UTF-8 byte-order mark and CRLF line ends are \
            accepted; blank lines are skipped.

            **Idempotent**: `externalId` is unique per touchpoint. A record whose `externalId` is already stored (or repeated in the same \
            request) counts as a duplicate and changes nothing, so a failed or timed-out push can simply be sent again.

            **Row rules**: `externalId` required, at most 128 characters; `occurredAt` ISO-8601 with an offset, not more than 1 day in \
            the future (stored in UTC, microsecond precision); metric keys `[a-z][a-z0-9_]{0,63}` with finite numbers or booleans \
            (stored as 1/0); standard metrics in range (`csat` 1..5, `nps` 0..10, `effort` 1..7, `wait_seconds`, `handle_seconds`, \
            `delivery_hours` and `transfers` at least 0, `answered`, `resolved_first_contact`, `damaged` and `repeat_contact_7d` true/false \
            or 1/0). Invalid records are rejected and listed in `errors` (the first 1000 field errors; the counts are always exact); \
            the valid records of the same request are stored. Unknown properties are ignored.

            **Limits**: at most 100000 records and 64 MB per request, 64 KiB per NDJSON line or CSV row, 64 metrics and 32 attributes \
            per record. Over a limit the answer is 413 and nothing of the request is stored. Malformed JSON (a truncated array, say) \
            answers 400 and stores nothing; in NDJSON a malformed line is only that record's error.

            Pushes into the same touchpoint are written one after another; if one waits too long the answer is 503 with `Retry-After`.""";

    private final IngestService service;

    IngestController(IngestService service) {
        this.service = service;
    }

    @AllowedRoles(INTEGRATOR)
    @Post(consumes = {MediaType.APPLICATION_JSON, IngestFormats.NDJSON, IngestFormats.CSV}, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Push interactions (JSON, NDJSON or CSV)", description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = InteractionRecordSchema.class),
                    arraySchema = @Schema(description = "An array of interactions; a single interaction object is accepted too"))),
            @Content(mediaType = IngestFormats.NDJSON, schema = @Schema(type = "string"), examples = @ExampleObject(name = "ndjson", value = """
                    {"externalId":"call-000042","occurredAt":"2026-11-01T09:30:00Z","metrics":{"wait_seconds":42,"answered":true}}
                    {"externalId":"call-000043","occurredAt":"2026-11-01T09:31:10Z","metrics":{"wait_seconds":75,"answered":false}}
                    """)),
            @Content(mediaType = IngestFormats.CSV, schema = @Schema(type = "string"), examples = @ExampleObject(name = "csv", value = """
                    externalId,occurredAt,journeyId,customerRef,m.wait_seconds,m.answered,m.csat,a.queue
                    call-000042,2026-11-01T09:30:00Z,jrn-7f3a,cust-93b1,42,true,4,billing
                    call-000043,2026-11-01T09:31:10Z,,,75,false,,billing
                    """))})
    @ApiResponse(responseCode = "200", description = "The report; rejected records are listed in `errors`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestReport.class)))
    @ApiResponse(responseCode = "400", description = "Empty body, malformed JSON or an unusable CSV header; nothing stored", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = """
            {"type":"https://brandbridge.io/problems/bad-request","title":"Bad Request","status":400,"detail":"The body is not valid JSON: Unexpected end-of-input (line 1, column 812); nothing was stored","instance":"/api/v1/touchpoints/tp_k3v9x0q2m8r4t6w1y5z7/interactions","requestId":"4f1c2a"}""")))
    @ApiResponse(responseCode = "401", description = "No valid internal token", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNAUTHORIZED)))
    @ApiResponse(responseCode = "404", description = "No such touchpoint in the caller's scope", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.NOT_FOUND)))
    @ApiResponse(responseCode = "413", description = "Over the record or body size limit; nothing stored", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.TOO_LARGE)))
    @ApiResponse(responseCode = "415", description = "Not JSON, NDJSON or CSV in UTF-8", content = @Content(mediaType = ProblemExamples.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(value = ProblemExamples.UNSUPPORTED)))
    @ApiResponse(responseCode = "503", description = "Another push into the same touchpoint held it too long; retry after `Retry-After` seconds",
            content = @Content(mediaType = ProblemExamples.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    IngestReport ingest(@Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String id,
                        HttpRequest<?> request,
                        @Parameter(hidden = true) @Nullable @Body InputStream body,
                        @Parameter(hidden = true) Caller caller) {
        if (body == null) {
            throw BodyProblems.empty();
        }
        RequestBodyStream stream = new RequestBodyStream(body);
        try {
            MediaType type = request.getContentType().orElseThrow(IngestFormats::unsupported);
            return service.ingest(id, type, stream, caller);
        } finally {
            stream.finish();
        }
    }
}
