package io.brandbridge.alignment.webhooks.events;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a webhook event says happened, written on the wire as its dotted name ({@code gap.opened}). Every type but
 * {@link #PING} can be subscribed to; a ping is only sent on request, to test an endpoint.
 */
@Serdeable
public enum EventType {
    PROMISE_STATUS_CHANGED("promise.status_changed", PromiseStatusChanged.class),
    COMMITMENT_BURN_ALERT("commitment.burn_alert", BurnAlertRaised.class),
    GAP_OPENED("gap.opened", GapChanged.class),
    GAP_CLOSED("gap.closed", GapChanged.class),
    CONFLICT_DETECTED("conflict.detected", ConflictDetected.class),
    HANDOFF_DEGRADED("handoff.degraded", HandoffDegraded.class),
    ALIGNMENT_STALE("alignment.stale", AlignmentStale.class),
    ALIGNMENT_RECOVERED("alignment.recovered", AlignmentRecovered.class),
    PING("ping", Ping.class);

    private static final List<EventType> SUBSCRIBABLE = Arrays.stream(values()).filter(EventType::subscribable).toList();

    private final String wireName;
    private final Class<?> dataType;

    EventType(String wireName, Class<?> dataType) {
        this.wireName = wireName;
        this.dataType = dataType;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The type named {@code wireName} exactly (case matters), or empty. */
    public static Optional<EventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    public boolean subscribable() {
        return this != PING;
    }

    /** Every type a subscription may name, in declaration order. */
    public static List<EventType> subscribableTypes() {
        return SUBSCRIBABLE;
    }

    /** The record an event of this type carries as its data. */
    Class<?> dataType() {
        return dataType;
    }
}
