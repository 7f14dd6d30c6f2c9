package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.problem.answers.ProblemAnswers;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.defaults.security.AllowedRoles;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.InputStream;

import static io.brandbridge.defaults.security.Role.INTEGRATOR;

@Controller("/api/v1/touchpoints/{touchpointId}/interactions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Interactions", description = "What actually happened at a touchpoint, pushed by integrators")
@ProblemAnswers.Guarded
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

            **Vendor formats**: `?format=amazon-connect-ctr`, `genesys-conversations` or `zendesk-talk-calls` reads a contact centre's \
            own export unchanged, as `application/json` (a CTR array or object, `{"conversations":[...]}`, `{"calls":[...]}`) or \
            `application/x-ndjson` (one vendor record per line); the vendor media types \
            (`application/vnd.brandbridge.<format>+json`) select a format without the parameter. Each vendor record becomes one \
            interaction under the rules below; errors name the vendor's field (e.g. `Queue.Duration`). An unknown `format` answers \
            400; a format with another media type 415. The mapping tables are in the touchpoint-service README.

            **Idempotent**: `externalId` is unique per touchpoint. A record whose `externalId` is already stored (or repeated in the same \
            request) counts as a duplicate and changes nothing, so a failed or timed-out push can simply be sent again.

            **Versioned records**: a record may carry `sourceVersion`, the source's version of it: a whole number, or an ISO-8601 \
            timestamp with an offset (compared as microseconds since 1970). One with a greater `sourceVersion` than the stored record of \
            its `externalId` (or a record stored without one) replaces it (metrics, attributes, time and journey) and counts as \
            `updated`; an equal or older one is a duplicate. Records of one request count as if pushed one after another. Stats, \
            standing counters, journeys and the changed days follow the replacement.

            **Row rules**: `externalId` required, at most 128 characters; `occurredAt` ISO-8601 with an offset, not more than 1 day in \
            the future (stored in UTC, microsecond precision); metric keys `[a-z][a-z0-9_]{0,63}` with finite numbers or booleans \
            (stored as 1/0); standard metrics in range (`csat` 1..5, `nps` 0..10, `effort` 1..7, `wait_seconds`, `handle_seconds`, \
            `delivery_hours` and `transfers` at least 0, `answered`, `resolved_first_contact`, `damaged` and `repeat_contact_7d` true/false \
            or 1/0). Invalid records are rejected and listed in `errors` (the first 1000 field errors; the counts are always exact); \
            the valid records of the same request are stored. Unknown properties are ignored.

            **Limits**: at most 100000 records and 64 MB per request; over either the answer is 413 and nothing of the request \
            is stored. A record over its own limits (64 KiB per NDJSON line or CSV row, 64 metrics, 32 attributes) is only that \
            record's error: it is rejected and listed in `errors`, and the rest are stored. Malformed JSON (a truncated array, say) \
            answers 400 and stores nothing; in NDJSON a malformed line is only that record's error.

            **Answers**: 400 for an empty body, malformed JSON or an unusable CSV header (nothing stored); 404 when the touchpoint \
            does not exist or is outside the caller's scope; 413 over a limit; 415 for another media type or a charset other than \
            UTF-8. Pushes into the same touchpoint are written one after another; if one waits too long the answer is 503 with \
            `Retry-After`.""";

    private static final String FORMAT = "^[a-z][a-z-]{0,63}$";

    private final IngestService service;

    IngestController(IngestService service) {
        this.service = service;
    }

    @AllowedRoles(INTEGRATOR)
    @Post(consumes = {MediaType.APPLICATION_JSON, IngestFormats.NDJSON, IngestFormats.CSV, IngestFormats.AMAZON_CONNECT_CTR,
            IngestFormats.GENESYS_CONVERSATIONS, IngestFormats.ZENDESK_TALK_CALLS}, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestInteractions", summary = "Push interactions (JSON, NDJSON or CSV)", description = DESCRIPTION)
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, array = @ArraySchema(schema = @Schema(implementation = InteractionRecordSchema.class),
                    maxItems = IngestLimits.DEFAULT_MAX_RECORDS, arraySchema = @Schema(
                            description = "An array of interactions, at most 100000 unless configured otherwise; a single interaction object is accepted too",
                            example = IngestExamples.JSON))),
            @Content(mediaType = IngestFormats.NDJSON, schema = @Schema(type = "string", maxLength = IngestExamples.MAX_BODY,
                    pattern = SchemaPatterns.MULTILINE, description = "One interaction object per line"),
                    examples = @ExampleObject(name = "ndjson", value = IngestExamples.NDJSON)),
            @Content(mediaType = IngestFormats.CSV, schema = @Schema(type = "string", maxLength = IngestExamples.MAX_BODY,
                    pattern = SchemaPatterns.MULTILINE, description = "A header row, then one interaction per row"),
                    examples = @ExampleObject(name = "csv", value = IngestExamples.CSV))})
    @ApiResponse(responseCode = "200", description = "The report; rejected records are listed in `errors`",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestReport.class),
                    examples = @ExampleObject(name = "report", value = IngestReport.EXAMPLE)))
    @ProblemAnswers.TakesBody
    @ProblemAnswers.NotFound
    IngestReport ingest(@PathVariable @Size(max = ApiDocs.MAX_ID) @Pattern(regexp = SchemaPatterns.ID)
                        @Parameter(description = "Touchpoint id", example = "tp_k3v9x0q2m8r4t6w1y5z7") String touchpointId,
                        @QueryValue @Nullable @Pattern(regexp = FORMAT) @Size(max = 64)
                        @Parameter(description = "A vendor's export format, read unchanged (see the mapping tables in the touchpoint-service README)",
                                schema = @Schema(allowableValues = {"amazon-connect-ctr", "genesys-conversations", "zendesk-talk-calls"}))
                        String format,
                        @QueryValue @Nullable @Pattern(regexp = MappingProfiles.NAME) @Size(max = 64)
                        @Parameter(description = "The name of one of the touchpoint's mapping profiles, which reads the body", example = "acd-export")
                        String mapping,
                        HttpRequest<?> request,
                        @Parameter(hidden = true) @Nullable @Body InputStream body,
                        @Parameter(hidden = true) Caller caller) {
        if (body == null) {
            throw BodyProblems.empty();
        }
        RequestBodyStream stream = new RequestBodyStream(body);
        try {
            MediaType type = request.getContentType().orElseThrow(IngestFormats::unsupported);
            return service.ingest(touchpointId, type, stream, format, mapping, caller);
        } finally {
            stream.finish();
        }
    }
}
