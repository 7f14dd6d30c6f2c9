package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Body of {@code POST /stats/handoffs}: the journeys and handoffs among these touchpoints whose earlier contact is in [from, to). */
@Serdeable
public record HandoffQuery(List<String> touchpointIds, Instant from, Instant to) {

    public HandoffQuery {
        touchpointIds = List.copyOf(touchpointIds);
    }
}
