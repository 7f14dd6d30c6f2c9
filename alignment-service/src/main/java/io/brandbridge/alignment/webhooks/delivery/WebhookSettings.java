package io.brandbridge.alignment.webhooks.delivery;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How webhooks are delivered: how often the outbox is polled, how many deliveries go out at once, how long a claimed
 * delivery is this instance's before another may take it (longer than one attempt's 10 s deadline), how many
 * subscriptions a brand may have, how long a rotated-out secret keeps signing, and how long bodies and the log are kept.
 */
@ConfigurationProperties("brandbridge.webhooks")
public record WebhookSettings(@Bindable(defaultValue = "true") boolean deliver,
                              @Bindable(defaultValue = "200ms") Duration pollInterval,
                              @Bindable(defaultValue = "64") int parallelism,
                              @Bindable(defaultValue = "30s") Duration lease,
                              @Bindable(defaultValue = "50") int maxPerBrand,
                              @Bindable(defaultValue = "24h") Duration secretOverlap,
                              @Bindable(defaultValue = "7d") Duration bodyRetention,
                              @Bindable(defaultValue = "30d") Duration logRetention) {
}
