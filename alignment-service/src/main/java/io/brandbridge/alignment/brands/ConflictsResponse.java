package io.brandbridge.alignment.brands;

import io.brandbridge.alignment.scoring.Conflict;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The incentive conflicts of one snapshot, strongest (most negative z) first. */
@Serdeable
@Schema(description = "Operational targets that work against a commitment at the same touchpoint, strongest first.")
public record ConflictsResponse(String brandId, Instant asOf, Instant computedAt, boolean stale, List<Conflict> items) {
}
