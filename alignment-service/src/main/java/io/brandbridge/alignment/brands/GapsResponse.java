package io.brandbridge.alignment.brands;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.brandbridge.alignment.scoring.Gap;
import io.brandbridge.defaults.paging.Page;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The gaps of one snapshot, the one letting down the most customers first. */
@Serdeable
@Schema(description = "(promise, commitment, touchpoint) triples below objective, ranked by excessBroken, then brokenPromises.")
public record GapsResponse(@JsonUnwrapped SnapshotStamp snapshot,
                           @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "This page's gaps, at most `limit`"), maxItems = Page.MAX_LIMIT)
                           List<Gap> items,
                           @Schema(requiredMode = REQUIRED, nullable = true, maxLength = GapCursor.MAX_LENGTH, pattern = GapCursor.PATTERN,
                                   description = "Opaque cursor for the next page of the same snapshot, to pass back as `cursor`; null on the last page",
                                   example = "c25wX2szdjl4Mm04cTR3N3o1dDFyNnkwOjE")
                           @Nullable String nextCursor) {
}
