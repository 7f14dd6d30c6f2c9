package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.brandbridge.touchpoint.ingest.MappingProfiles;
import io.brandbridge.touchpoint.metrics.MetricKeys;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A mapping profile as a client writes it, and as it is stored (the definition column holds this record as JSON). Sources
 * are CSV header names for {@code format: csv} and dot-separated paths into each object for {@code format: json}.
 */
@Serdeable
@Schema(name = "MappingProfileRequest", description = "How one export's columns or JSON paths become interactions",
        example = MappingExamples.REQUEST)
public record MappingProfileRequest(
        @Nullable @Schema(requiredMode = REQUIRED, maxLength = 64, pattern = MappingProfiles.NAME,
                description = "The profile's name, used as `?mapping=<name>`; on PUT it has no effect", example = "acd-export") String name,
        @Nullable @Schema(requiredMode = REQUIRED, allowableValues = {"csv", "json"}, maxLength = 4, pattern = "^(csv|json)$",
                description = "`csv` reads `text/csv` with a header row; `json` reads `application/json` (an object or an array of "
                        + "objects) or `application/x-ndjson`") String format,
        @Nullable @Schema(nullable = true, allowableValues = {",", ";", "\t", "|"}, maxLength = 1, pattern = "^[,;\\t|]$",
                description = "CSV only: the cell separator (default `,`)", example = ";") String delimiter,
        @Nullable @Schema(requiredMode = REQUIRED, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The column or path of the record's externalId", example = "Call ID") String externalId,
        @Nullable @Schema(requiredMode = REQUIRED, type = "object", implementation = OccurredAt.class) OccurredAt occurredAt,
        @Nullable @Schema(nullable = true, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The column or path of the customerRef (pseudonymised at ingest)", example = "Caller") String customerRef,
        @Nullable @Schema(nullable = true, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The column or path of the journeyId", example = "Case") String journeyId,
        @Nullable @Schema(nullable = true, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE,
                description = "The column or path of the sourceVersion (a whole number or an ISO-8601 date-time with an offset)",
                example = "Last modified") String sourceVersion,
        @Nullable @ArraySchema(maxItems = MAX_METRICS, arraySchema = @Schema(nullable = true,
                description = "Columns or paths read into metrics, each through a transform")) List<MetricMapping> metrics,
        @Nullable @ArraySchema(maxItems = MAX_ATTRIBUTES, arraySchema = @Schema(nullable = true,
                description = "Columns or paths copied into attributes as text")) List<AttributeMapping> attributes) {

    static final int MAX_SOURCE = 128;
    static final int MAX_METRICS = 64;
    static final int MAX_ATTRIBUTES = 32;
    static final int MAX_LOOKUP = 100;
    static final int MAX_PATTERN = 64;

    /** Where occurredAt comes from: one column, or a date column and a time column (joined with a space for the pattern). */
    @Serdeable
    @Schema(name = "MappingOccurredAt", description = "Either `source`, or `date` and `time`. Without `pattern` the text is "
            + "ISO-8601 (`2026-11-01T09:30:00+01:00`, or a local `2026-11-01T09:30:00` read in `timeZone`; the date and time columns "
            + "as `2026-11-01` and `09:30:00`). With `pattern` (a java.time DateTimeFormatter pattern, applied to `date time` when "
            + "there are two columns), a value without an offset is read in `timeZone`. A local time that falls in a daylight-saving "
            + "gap is moved forward by the gap; one that occurs twice takes the earlier offset.")
    public record OccurredAt(
            @Nullable @Schema(nullable = true, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE, example = "Started")
            String source,
            @Nullable @Schema(nullable = true, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE, example = "Date")
            String date,
            @Nullable @Schema(nullable = true, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE, example = "Time")
            String time,
            @Nullable @Schema(nullable = true, maxLength = MAX_PATTERN, pattern = SchemaPatterns.SINGLE_LINE, example = "dd.MM.yyyy HH:mm:ss")
            String pattern,
            @Nullable @Schema(nullable = true, maxLength = 64, pattern = "^[A-Za-z0-9_+:/-]{1,64}$",
                    description = "IANA time zone of local times", example = "Europe/Berlin") String timeZone) {
    }

    /** One column or path read into one metric. */
    @Serdeable
    @Schema(name = "MetricMapping")
    public record MetricMapping(
            @Nullable @Schema(requiredMode = REQUIRED, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE, example = "Talk time")
            String source,
            @Nullable @Schema(requiredMode = REQUIRED, maxLength = MetricKeys.MAX_LENGTH, pattern = MetricKeys.REGEX, example = "handle_seconds")
            String metric,
            @Nullable @Schema(requiredMode = REQUIRED, allowableValues = {"number", "duration", "milliseconds", "boolean", "lookup"},
                    maxLength = 12, pattern = "^[a-z]{1,12}$", description = Transform.DESCRIPTION, example = "duration") String transform,
            @Nullable @ArraySchema(maxItems = MAX_LOOKUP, arraySchema = @Schema(nullable = true,
                    description = "For `lookup`: each source value (compared exactly, after trimming spaces) and its number"))
            List<LookupEntry> lookup) {
    }

    /** One row of a lookup table. */
    @Serdeable
    @Schema(name = "LookupEntry")
    public record LookupEntry(
            @Nullable @Schema(requiredMode = REQUIRED, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE, example = "Resolved")
            String value,
            @Nullable @Schema(requiredMode = REQUIRED, minimum = "-1e15", maximum = "1e15", example = "1") Double number) {
    }

    /** One column or path copied into one attribute. */
    @Serdeable
    @Schema(name = "AttributeMapping")
    public record AttributeMapping(
            @Nullable @Schema(requiredMode = REQUIRED, maxLength = MAX_SOURCE, pattern = SchemaPatterns.SINGLE_LINE, example = "Queue")
            String source,
            @Nullable @Schema(requiredMode = REQUIRED, maxLength = 64, pattern = "^[A-Za-z][A-Za-z0-9_]{0,63}$", example = "queue")
            String attribute) {
    }
}
