package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.scoring.Gap;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The gaps of one snapshot, the one letting down the most customers first. */
@Serdeable
@Schema(description = "(promise, commitment, touchpoint) triples below objective, ranked by excessBroken, then brokenPromises.")
public record GapsResponse(String brandId,
                           Instant asOf,
                           Instant computedAt,
                           boolean stale,
                           List<Gap> items,
                           @Schema(description = "Opaque cursor for the next page of the same snapshot; absent on the last page", nullable = true)
                           @Nullable String nextCursor) {
}
