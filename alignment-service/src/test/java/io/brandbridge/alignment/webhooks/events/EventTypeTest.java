package io.brandbridge.alignment.webhooks.events;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class EventTypeTest {

    @Test
    void everyTypeHasItsDottedWireName() {
        assertEquals(List.of("promise.status_changed", "commitment.burn_alert", "gap.opened", "gap.closed", "conflict.detected",
                "handoff.degraded", "alignment.stale", "alignment.recovered", "ping"),
                Arrays.stream(EventType.values()).map(EventType::wireName).toList());
    }

    @Test
    void aWireNameReadsBackAsItsTypeAndNothingElseDoes() {
        for (EventType type : EventType.values()) {
            assertEquals(Optional.of(type), EventType.fromWireName(type.wireName()));
        }
        assertEquals(Optional.empty(), EventType.fromWireName("GAP_OPENED"));
        assertEquals(Optional.empty(), EventType.fromWireName("Gap.Opened"));
        assertEquals(Optional.empty(), EventType.fromWireName(""));
        assertEquals(Optional.empty(), EventType.fromWireName(null));
    }

    @Test
    void everyTypeButPingCanBeSubscribedTo() {
        assertFalse(EventType.PING.subscribable());
        assertEquals(Arrays.stream(EventType.values()).filter(t -> t != EventType.PING).toList(), EventType.subscribableTypes());
    }
}
