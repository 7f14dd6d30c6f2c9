package io.brandbridge.alignment.webhooks.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One try at sending a delivery: the receiver's status code, or why there was none. */
@MappedEntity("webhook_attempt")
public record AttemptEntity(@Id @GeneratedValue @Nullable Long id,
                            String deliveryId,
                            Instant attemptedAt,
                            @Nullable Integer statusCode,
                            long durationMs,
                            @Nullable String error) {
}
