package io.brandbridge.touchpoint.journeys;

import io.micronaut.core.annotation.Nullable;

/**
 * One interaction as journeys see it: its identity, ordering keys, journey id and customer (the stored pseudonym),
 * and the values derived for it so far ({@code stored} is null for a contact not derived yet).
 * {@code occurredAt} is in microseconds since the epoch.
 */
public record Contact(int touchpointSeq, long interactionId, String touchpointId, String externalId, long occurredAt,
                      @Nullable String journeyId, @Nullable String customer, @Nullable Derived stored) {

    public Key key() {
        return new Key(touchpointSeq, interactionId);
    }

    /** An interaction's identity: its touchpoint and its number there. */
    public record Key(int touchpointSeq, long interactionId) {
    }
}
