package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * Body of {@code POST /stats/changes}: the days (in {@code timeZone}) of interactions at these touchpoints stored since
 * {@code since} (ever, when null), counting only those that occurred from {@code occurredFrom} on.
 */
@Serdeable
public record ChangesQuery(List<String> touchpointIds, @Nullable Instant since, Instant occurredFrom, String timeZone) {
}
