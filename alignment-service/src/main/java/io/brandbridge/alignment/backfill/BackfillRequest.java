package io.brandbridge.alignment.backfill;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The days to compute, both included, as dates in the brand's time zone. */
@Serdeable
@Schema(name = "BackfillRequest", description = "The days to compute, both included, as dates in the brand's time zone; at most "
        + BackfillRules.MAX_DAYS + " days, none of them today or later.")
public record BackfillRequest(@Schema(requiredMode = REQUIRED, format = "date", maxLength = 10, example = "2026-08-01") @NotNull LocalDate from,
                              @Schema(requiredMode = REQUIRED, format = "date", maxLength = 10, example = "2026-10-31") @NotNull LocalDate to) {
}
