package io.brandbridge.touchpoint.journeys;

import java.util.Map;

/**
 * A stored interaction a push replaced with a newer version: its row and pushed metric rows are already gone, and
 * {@code pushedMetrics} holds their values. What derivations of other pushes may touch (its derived rows, its journey
 * contact) goes under the brand lock, with its counts.
 */
public record ReplacedContact(long interactionId, String occurredAt, Map<String, Double> pushedMetrics) {
}
