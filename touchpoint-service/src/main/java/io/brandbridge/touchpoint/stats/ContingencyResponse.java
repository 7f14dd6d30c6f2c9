package io.brandbridge.touchpoint.stats;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** The 2×2 table over interactions in range that carry both metrics. */
@Serdeable
@Schema(name = "ContingencyResponse", example = "{\"bothMet\":410,\"aOnly\":290,\"bOnly\":260,\"neither\":40}")
public record ContingencyResponse(long bothMet, long aOnly, long bOnly, long neither) {
}
