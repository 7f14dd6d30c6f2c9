package io.brandbridge.alignment.webhooks.api;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A subscription with its signing secret: answered once, when the secret is made (create, rotate-secret). */
@Serdeable
@Schema(name = "WebhookWithSecret", description = "The subscription and its signing secret. The secret is shown only in this answer; "
        + "keep it to verify the webhook-signature header with any Standard Webhooks library.")
public record WebhookSecret(@Schema(requiredMode = REQUIRED) Webhook webhook,
                            @Schema(requiredMode = REQUIRED, maxLength = WebhookFields.SECRET_LENGTH, pattern = WebhookFields.SECRET,
                                    example = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD7yQ0Rr7eNw0=")
                            String secret) {
}
