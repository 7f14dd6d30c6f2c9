package io.brandbridge.alignment.webhooks.events;

import java.util.Objects;

/** One thing that changed between two snapshots: the event's type and the record it carries as data. */
public record Transition(EventType type, Object data) {

    public Transition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        if (!type.dataType().isInstance(data)) {
            throw new IllegalArgumentException(type.wireName() + " carries " + type.dataType().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
    }
}
