package io.brandbridge.demo;

import java.time.Instant;
import java.util.Map;

/** One generated interaction at a touchpoint, as an integrator would push it. */
public record Interaction(String touchpoint, String externalId, Instant occurredAt, Map<String, Number> metrics, Map<String, String> attributes) {
}
