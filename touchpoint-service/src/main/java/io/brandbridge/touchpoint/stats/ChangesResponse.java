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
 * {@code days}: the local dates, ascending, of every hour that received interactions at or after {@code since}, each with the
 * span of its changed hours and when they last changed; {@code watermark}: the {@code since} of the next question, so no change
 * is missed between two.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "ChangesResponse", example = StatsExamples.CHANGES)
public record ChangesResponse(@Nullable @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, nullable = true,
                                      description = "The `since` asked with, or null") Instant since,
                              @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME,
                                      description = "Every interaction stored after this answer is reported to a question with `since` = this")
                              Instant watermark,
                              @ArraySchema(maxItems = MAX_DAYS, arraySchema = @Schema(requiredMode = REQUIRED,
                                      description = "The local dates in `timeZone` that changed, ascending"))
                              List<ChangedDay> days) {

    /**
     * occurredFrom lies at most 1000 days back; records may lie a little in the future (the ingest's future
     * tolerance, one day by default), and an hour may straddle two local dates.
     */
    static final int MAX_DAYS = 1000 + 10;

    /** One local date that changed: [from, to) spans its changed UTC hours (whole hours), changedAt is the latest change among them. */
    @Serdeable
    @Schema(name = "ChangedDay", description = "A local date that received interactions since `since`: from the start of its first changed UTC hour "
            + "to the end of its last (hours in between may not have changed), and when the last of them was stored")
    public record ChangedDay(@Schema(requiredMode = REQUIRED, format = "date", maxLength = 10, pattern = "^\\d{4}-\\d{2}-\\d{2}$", example = "2026-11-03")
                             LocalDate day,
                             @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "Start of its first changed hour") Instant from,
                             @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "End of its last changed hour") Instant to,
                             @Schema(requiredMode = REQUIRED, maxLength = ApiDocs.MAX_DATE_TIME, description = "When the last of them was stored")
                             Instant changedAt) {

        ChangedDay union(ChangedDay other) {
            return new ChangedDay(day, from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to,
                    changedAt.isAfter(other.changedAt) ? changedAt : other.changedAt);
        }
    }
}
