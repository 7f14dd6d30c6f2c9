package io.brandbridge.alignment.webhooks.delivery;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * The body of every delivery. type, timestamp and data are the Standard Webhooks payload; id, brandId and the snapshot's
 * asOf and computedAt let a receiver act, and deduplicate, without a second call. A ping has no snapshot.
 */
@Serdeable
public record WebhookEvent(String id,
                           String type,
                           Instant timestamp,
                           String brandId,
                           @Nullable String snapshotId,
                           @Nullable Instant asOf,
                           @Nullable Instant computedAt,
                           JsonNode data) {
}
