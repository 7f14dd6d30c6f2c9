package io.brandbridge.alignment.backfill;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A backfill job as its caller sees it. */
@Serdeable
@Schema(name = "BackfillJob", description = "A backfill job: it computes the end-of-day snapshot (23:59:59 in the brand's time zone) of every day "
        + "from `from` to `to`, under the promise versions in force at that instant. daysDone counts the days computed; a day given up "
        + "after its retries is listed in errors and the job ends FAILED; a cancelled job keeps the days it computed.")
public record BackfillJobResponse(@Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String id,
                                  @Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = "^[A-Za-z0-9_-]{1,64}$") String brandId,
                                  @Schema(requiredMode = REQUIRED, description = "The brand's time zone when the job was created; its days are this zone's",
                                          maxLength = 64, pattern = "^[A-Za-z][A-Za-z0-9/_+-]*$", example = "Europe/London") String timeZone,
                                  @Schema(requiredMode = REQUIRED, format = "date", maxLength = 10) LocalDate from,
                                  @Schema(requiredMode = REQUIRED, format = "date", maxLength = 10) LocalDate to,
                                  @Schema(requiredMode = REQUIRED) BackfillState state,
                                  @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = "366") int daysTotal,
                                  @Schema(requiredMode = REQUIRED, format = "int32", minimum = "0", maximum = "366") int daysDone,
                                  @Schema(requiredMode = REQUIRED, nullable = true, description = "The next day to compute; null once the job is past its last day",
                                          format = "date", maxLength = 10) @Nullable LocalDate nextDay,
                                  @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The days given up (at most "
                                          + DayError.KEPT + " are listed)"), maxItems = DayError.KEPT) List<DayError> errors,
                                  @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant createdAt,
                                  @Schema(requiredMode = REQUIRED, nullable = true, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                                  @Nullable Instant startedAt,
                                  @Schema(requiredMode = REQUIRED, nullable = true, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                                  @Nullable Instant finishedAt) {

    static BackfillJobResponse from(BackfillJob job, List<DayError> errors) {
        LocalDate next = job.state().finished() || job.resumeDay().isAfter(job.toDay()) ? null : job.resumeDay();
        return new BackfillJobResponse(job.id(), job.brandId(), job.timeZone(), job.fromDay(), job.toDay(), job.state(), job.daysTotal(),
                job.daysDone(), next, errors, job.createdAt(), job.startedAt(), job.finishedAt());
    }
}
