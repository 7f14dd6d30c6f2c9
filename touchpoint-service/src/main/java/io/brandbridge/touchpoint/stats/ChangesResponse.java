package io.brandbridge.touchpoint.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.brandbridge.touchpoint.http.ApiDocs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * {@code days}: the local dates, ascending, of every hour that received interactions at or after {@code since};
 * {@code watermark}: the {@code since} of the next question, so no change is missed between two.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ChangesResponse", example = StatsExamples.CHANGES)
public record ChangesResponse(@Nullable @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, nullable = true,
                                      description = "The `since` asked with, or null") Instant since,
                              @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME,
                                      description = "Every interaction stored after this answer is reported to a question with `since` = this")
                              Instant watermark,
                              @ArraySchema(maxItems = MAX_DAYS, uniqueItems = true, schema = @Schema(type = "string", format = "date", maxLength = 10,
                                      pattern = "^\\d{4}-\\d{2}-\\d{2}$", example = "2026-11-03"), arraySchema = @Schema(requiredMode = REQUIRED,
                                      description = "Local dates (yyyy-MM-dd, ascending) in `timeZone` that changed"))
                              List<LocalDate> days) {

    /**
     * occurredFrom lies at most 1000 days back; records may lie a little in the future (the ingest's future
     * tolerance, one day by default), and an hour may straddle two local dates.
     */
    static final int MAX_DAYS = 1000 + 10;
}
