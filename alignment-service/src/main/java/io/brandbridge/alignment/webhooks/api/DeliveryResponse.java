package io.brandbridge.alignment.webhooks.api;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.webhooks.store.AttemptEntity;
import io.brandbridge.alignment.webhooks.store.DeliveryEntity;
import io.brandbridge.alignment.webhooks.store.DeliveryState;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** One event sent, or to be sent, to one subscription, with every attempt so far. */
@Serdeable
@Schema(name = "WebhookDelivery", description = "One event for one subscription. state is PENDING until the receiver answers 2xx "
        + "(DELIVERED) or about three days of retries run out (FAILED). messageId is the webhook-id header, the same on every attempt "
        + "and redelivery. The body is kept for 7 days.")
public record DeliveryResponse(@Schema(requiredMode = REQUIRED, maxLength = 32, pattern = WebhookFields.DELIVERY_ID) String id,
                               @Schema(requiredMode = REQUIRED, maxLength = 32, pattern = WebhookFields.WEBHOOK_ID) String webhookId,
                               @Schema(requiredMode = REQUIRED, maxLength = 32, pattern = WebhookFields.MESSAGE_ID) String messageId,
                               @Schema(requiredMode = REQUIRED, maxLength = 32, pattern = WebhookFields.EVENT_ID) String eventId,
                               @Schema(requiredMode = REQUIRED, maxLength = 40, pattern = "^[a-z]+(\\.[a-z_]+)?$", example = "promise.status_changed")
                               String eventType,
                               @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant createdAt,
                               @Schema(requiredMode = REQUIRED) DeliveryState state,
                               @Schema(requiredMode = REQUIRED, format = "int32", minimum = "0", maximum = "100") int attempts,
                               @Schema(requiredMode = REQUIRED, nullable = true, format = "date-time", maxLength = Limits.INSTANT_LENGTH,
                                       description = "When the next attempt is due; null once DELIVERED or FAILED")
                               @Nullable Instant nextAttemptAt,
                               @Schema(requiredMode = REQUIRED, nullable = true, format = "date-time", maxLength = Limits.INSTANT_LENGTH)
                               @Nullable Instant finishedAt,
                               @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 32, pattern = WebhookFields.DELIVERY_ID,
                                       description = "The delivery this one sends again, for a redelivery")
                               @Nullable String redeliveryOf,
                               @Schema(requiredMode = REQUIRED, description = "Whether the body is still kept, so it can be redelivered") boolean bodyKept,
                               @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "Every attempt, oldest first"), maxItems = 100)
                               List<Attempt> log) {

    /** One attempt: the receiver's status code and how long it took, or why there was no answer. */
    @Serdeable
    @Schema(name = "WebhookAttempt")
    public record Attempt(@Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant attemptedAt,
                          @Schema(requiredMode = REQUIRED, nullable = true, format = "int32", minimum = "100", maximum = "599",
                                  description = "The receiver's status code; null when it did not answer")
                          @Nullable Integer statusCode,
                          @Schema(requiredMode = REQUIRED, format = "int64", minimum = "0", maximum = Limits.LONG_MAX) long durationMs,
                          @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 500, pattern = SchemaPatterns.SINGLE_LINE,
                                  description = "Why there was no answer, or why it was not sent", example = "timed out after 10 s")
                          @Nullable String error) {
    }

    static DeliveryResponse from(DeliveryEntity d, List<AttemptEntity> attempts) {
        List<Attempt> log = attempts.stream().map(a -> new Attempt(a.attemptedAt(), a.statusCode(), a.durationMs(), a.error())).toList();
        Instant next = d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null;
        return new DeliveryResponse(d.id(), d.webhookId(), d.messageId(), d.eventId(), d.eventType(), d.createdAt(), d.state(), d.attempts(), next,
                d.finishedAt(), d.redeliveryOf(), d.payload() != null, log);
    }
}
