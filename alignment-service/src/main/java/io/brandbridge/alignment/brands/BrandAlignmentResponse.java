package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.snapshots.PromiseSummary;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A brand's alignment index and promise summary as of one snapshot. */
@Serdeable
@Schema(description = "A brand's alignment as of one snapshot. index = promise scores weighted by priority over promises with data (null when none has data).")
public record BrandAlignmentResponse(String brandId,
                                     @Schema(description = "The instant the snapshot measures up to (windows end here)") Instant asOf,
                                     @Schema(description = "When the snapshot was computed") Instant computedAt,
                                     @Schema(description = "True when the last recompute failed because a dependency was down; this is the last good snapshot") boolean stale,
                                     @Schema(description = "The brand time zone calendar windows were evaluated in", example = "Europe/London") String timeZone,
                                     @Schema(nullable = true, example = "87.5") @Nullable Double index,
                                     int gapCount,
                                     int conflictCount,
                                     List<PromiseSummary> promises) {

    static BrandAlignmentResponse from(Snapshot s) {
        return new BrandAlignmentResponse(s.brandId(), s.asOf(), s.computedAt(), s.stale(), s.timeZone(), s.summary().index(),
                s.summary().gapCount(), s.summary().conflictCount(), s.summary().promises());
    }
}
