package io.brandbridge.demo;

import java.time.Instant;
import java.util.Map;

/** One generated interaction at a touchpoint, as an integrator would push it; {@code journeyId} and {@code customerRef} may be null. */
public record Interaction(String touchpoint, String externalId, Instant occurredAt, String journeyId, String customerRef,
                          Map<String, Number> metrics, Map<String, String> attributes) {

    Interaction(String touchpoint, String externalId, Instant occurredAt, Map<String, Number> metrics, Map<String, String> attributes) {
        this(touchpoint, externalId, occurredAt, null, null, metrics, attributes);
    }
}
