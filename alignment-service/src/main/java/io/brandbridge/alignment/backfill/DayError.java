package io.brandbridge.alignment.backfill;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A day a backfill gave up on, and why in plain words. */
@Serdeable
@Schema(name = "BackfillDayError", description = "A day the job could not compute, and why")
public record DayError(@Schema(requiredMode = REQUIRED, format = "date", maxLength = 10, example = "2026-08-14") LocalDate day,
                       @Schema(requiredMode = REQUIRED, maxLength = DayError.MESSAGE_LENGTH, pattern = "^[^\\u0000-\\u001f]*$",
                               example = "touchpoint-service is unavailable; tried 3 times") String message) {

    static final int MESSAGE_LENGTH = 300;
    /** A job keeps this many errors; a job failing on more days than that has one cause worth fixing first. */
    static final int KEPT = 50;
}
