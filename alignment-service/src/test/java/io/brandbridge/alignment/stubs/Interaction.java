package io.brandbridge.alignment.stubs;

import java.time.Instant;
import java.util.Map;

/** One raw interaction as a touchpoint would push it: where, when, and its metrics (booleans as 1/0). */
public record Interaction(String touchpointId, Instant occurredAt, Map<String, Double> metrics) {
}
