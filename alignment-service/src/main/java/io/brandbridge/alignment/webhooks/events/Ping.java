package io.brandbridge.alignment.webhooks.events;

import io.micronaut.serde.annotation.Serdeable;

/** Data of {@code ping}: a test event sent on request to check that a webhook's endpoint answers. */
@Serdeable
public record Ping(String webhookId, String message) {
}
