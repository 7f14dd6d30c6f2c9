package io.brandbridge.alignment.webhooks.api;

import io.brandbridge.alignment.scoring.Limits;
import io.brandbridge.alignment.webhooks.delivery.Subscriptions;
import io.brandbridge.alignment.webhooks.events.EventType;
import io.brandbridge.alignment.webhooks.store.SubscriptionEntity;
import io.brandbridge.alignment.webhooks.store.SubscriptionState;
import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A subscription as answered; its secret is shown only when created or rotated ({@link WebhookSecret}). */
@Serdeable
@Schema(name = "Webhook", description = "A webhook subscription. state is ACTIVE, FAILING (a delivery ran out of retries; problem says "
        + "which, and the next success clears it) or DISABLED (by enabled false, or because the receiver answered 410).")
public record Webhook(@Schema(requiredMode = REQUIRED, maxLength = 32, pattern = WebhookFields.WEBHOOK_ID, example = "whk_3m8r4t6w1y5z7k3v9x0q")
                              String id,
                              @Schema(requiredMode = REQUIRED, maxLength = Limits.ID_LENGTH, pattern = SchemaPatterns.ID) String brandId,
                              @Schema(requiredMode = REQUIRED, maxLength = WebhookFields.URL_LENGTH, pattern = SchemaPatterns.SINGLE_LINE, format = "uri")
                              String url,
                              @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED), minItems = 1, maxItems = WebhookFields.EVENT_TYPES,
                                      uniqueItems = true, schema = @Schema(implementation = String.class, maxLength = 40,
                                      pattern = "^[a-z]+\\.[a-z_]+$", example = "promise.status_changed"))
                              List<String> events,
                              @Schema(requiredMode = REQUIRED, nullable = true, maxLength = WebhookFields.DESCRIPTION_LENGTH, pattern = SchemaPatterns.SINGLE_LINE)
                              @Nullable String description,
                              @Schema(requiredMode = REQUIRED) SubscriptionState state,
                              @Schema(requiredMode = REQUIRED, nullable = true, maxLength = WebhookFields.PROBLEM_LENGTH, pattern = SchemaPatterns.SINGLE_LINE,
                                      description = "Why the subscription is FAILING or was disabled by its receiver; null otherwise")
                              @Nullable String problem,
                              @Schema(requiredMode = REQUIRED, format = "int32", minimum = "1", maximum = Limits.INT_MAX,
                                      description = "Raised by one on every change; the ETag names it") int version,
                              @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant createdAt,
                              @Schema(requiredMode = REQUIRED, format = "date-time", maxLength = Limits.INSTANT_LENGTH) Instant updatedAt,
                              @Schema(requiredMode = REQUIRED, nullable = true, format = "date-time", maxLength = Limits.INSTANT_LENGTH,
                                      description = "Until when the secret replaced by the last rotation still signs, beside the new one; null when it no longer does")
                              @Nullable Instant previousSecretExpiresAt) {

    static Webhook from(SubscriptionEntity s, Instant now) {
        Instant until = s.previousSecretUntil() != null && now.isBefore(s.previousSecretUntil()) ? s.previousSecretUntil() : null;
        return new Webhook(s.id(), s.brandId(), s.url(), Subscriptions.types(s).stream().map(EventType::wireName).toList(), s.description(),
                s.state(), s.problem(), s.version(), s.createdAt(), s.updatedAt(), until);
    }

    /** The ETag of this version of the subscription. */
    String etag() {
        return "\"" + id + "-" + version + "\"";
    }
}
