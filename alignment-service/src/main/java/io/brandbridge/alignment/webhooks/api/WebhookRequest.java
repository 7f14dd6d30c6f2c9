package io.brandbridge.alignment.webhooks.api;

import io.brandbridge.defaults.schema.SchemaPatterns;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A subscription as a caller sets it, on create and on replace. */
@Serdeable
@Schema(name = "WebhookRequest", description = "Where to send which events of the brand. The URL must be https and reach a public address "
        + "(hosts on the service's allowlist excepted); it is checked again, DNS answers included, at every delivery.")
public record WebhookRequest(@Schema(requiredMode = REQUIRED, maxLength = WebhookFields.URL_LENGTH, pattern = SchemaPatterns.SINGLE_LINE,
                                     format = "uri", example = "https://hooks.example.com/brandbridge")
                             @NotBlank @Size(max = WebhookFields.URL_LENGTH) String url,
                             @ArraySchema(arraySchema = @Schema(requiredMode = REQUIRED, description = "The event types to receive, at least one; "
                                     + "`ping` is sent by the test operation to every subscription and cannot be chosen"),
                                     minItems = 1, maxItems = WebhookFields.EVENT_TYPES, uniqueItems = true,
                                     schema = @Schema(implementation = String.class, allowableValues = {"promise.status_changed",
                                             "commitment.burn_alert", "gap.opened", "gap.closed", "conflict.detected", "handoff.degraded",
                                             "alignment.stale", "alignment.recovered"}))
                             @NotNull @Size(min = 1, max = WebhookFields.EVENT_TYPES) List<@NotBlank @Size(max = 40) String> events,
                             @Schema(nullable = true, maxLength = WebhookFields.DESCRIPTION_LENGTH, pattern = SchemaPatterns.SINGLE_LINE,
                                     example = "Operations on-call channel")
                             @Nullable @Size(max = WebhookFields.DESCRIPTION_LENGTH) @Pattern(regexp = SchemaPatterns.SINGLE_LINE) String description,
                             @Schema(nullable = true, description = "false pauses deliveries (they wait); true, the default, sends them and "
                                     + "clears a failing or disabled state")
                             @Nullable Boolean enabled) {
}
