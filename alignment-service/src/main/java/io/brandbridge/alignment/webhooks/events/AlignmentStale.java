package io.brandbridge.alignment.webhooks.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Data of {@code alignment.stale}: a recompute failed because {@code dependency} did not answer, so the figures are getting old. */
@Serdeable
public record AlignmentStale(String dependency, Instant failedAt) {
}
