package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.Handoff;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Data of {@code handoff.degraded}: a handoff that now lets customers down, having let none down before (0) or not been seen (null). */
@Serdeable
public record HandoffDegraded(String fromTouchpointId, String fromTouchpointName, String toTouchpointId, String toTouchpointName,
                              long count, long followedUp, double repeatRate, long customersLetDown,
                              @Nullable Long previousCustomersLetDown, String sentence) {

    static HandoffDegraded of(Handoff now, @Nullable Long previousCustomersLetDown) {
        return new HandoffDegraded(now.fromTouchpointId(), now.fromTouchpointName(), now.toTouchpointId(), now.toTouchpointName(),
                now.count(), now.followedUp(), now.repeatRate(), now.customersLetDown(), previousCustomersLetDown, now.sentence());
    }
}
