package io.brandbridge.alignment.scoring;

/** An operational target operations are managed to at one touchpoint, e.g. handle_seconds LE 180 (kind COST). */
public record TargetSpec(String id, String touchpointId, Condition condition, String kind) {
}
