package io.brandbridge.alignment.webhooks.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One event for one subscription: the outbox row and the delivery log entry. payload is null once past the body retention. */
@MappedEntity("webhook_delivery")
public record DeliveryEntity(@Id @GeneratedValue @Nullable Long seq,
                             String id,
                             String webhookId,
                             String brandId,
                             String messageId,
                             String eventId,
                             String eventType,
                             @Nullable String payload,
                             Instant createdAt,
                             DeliveryState state,
                             int attempts,
                             @Nullable Instant nextAttemptAt,
                             @Nullable Instant leaseUntil,
                             @Nullable Instant finishedAt,
                             @Nullable String redeliveryOf) {
}
