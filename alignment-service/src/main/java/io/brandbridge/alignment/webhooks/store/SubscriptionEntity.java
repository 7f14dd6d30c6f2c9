package io.brandbridge.alignment.webhooks.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A stored webhook subscription; events is the comma-joined wire names of the event types it receives. */
@MappedEntity("webhook_subscription")
public record SubscriptionEntity(@Id String id,
                                 String brandId,
                                 String url,
                                 String events,
                                 @Nullable String description,
                                 String secret,
                                 @Nullable String previousSecret,
                                 @Nullable Instant previousSecretUntil,
                                 SubscriptionState state,
                                 @Nullable String problem,
                                 int version,
                                 Instant createdAt,
                                 Instant updatedAt) {
}
