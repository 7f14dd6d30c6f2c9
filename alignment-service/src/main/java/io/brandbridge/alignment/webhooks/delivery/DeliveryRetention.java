package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.webhooks.store.AttemptRepository;
import io.brandbridge.alignment.webhooks.store.DeliveryRepository;
import io.brandbridge.alignment.webhooks.store.SubscriptionRepository;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Drops the bodies of finished deliveries after the body retention (7 days) and the log entries after the log retention,
 * and removes what a deleted subscription or brand leaves.
 */
@Singleton
public class DeliveryRetention {

    private final DeliveryRepository deliveries;
    private final AttemptRepository attempts;
    private final SubscriptionRepository subscriptions;
    private final WebhookSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    DeliveryRetention(DeliveryRepository deliveries, AttemptRepository attempts, SubscriptionRepository subscriptions, WebhookSettings settings,
                      TransactionOperations<Connection> transactions, Clock clock) {
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.subscriptions = subscriptions;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "1m")
    void scheduled() {
        apply();
    }

    /** Answers how many bodies were dropped. */
    public long apply() {
        Instant now = clock.instant();
        long dropped = deliveries.dropBodiesBefore(now.minus(settings.bodyRetention()));
        List<String> old;
        do {
            old = deliveries.findIdsFinishedBefore(now.minus(settings.logRetention()));
            List<String> batch = old;
            if (!batch.isEmpty()) {
                transactions.executeWrite(status -> {
                    attempts.deleteByDeliveryIds(batch);
                    deliveries.deleteByIds(batch);
                    return null;
                });
            }
        } while (!old.isEmpty());
        return dropped;
    }

    /** Removes a subscription's deliveries and their attempts, in the caller's transaction. */
    public void deleteOf(String webhookId) {
        List<String> ids = deliveries.findIdsByWebhook(webhookId);
        if (!ids.isEmpty()) {
            attempts.deleteByDeliveryIds(ids);
            deliveries.deleteByWebhook(webhookId);
        }
    }

    /** Removes every subscription of a deleted brand, with its deliveries and their attempts. */
    public void deleteBrand(String brandId) {
        transactions.executeWrite(status -> {
            List<String> ids = deliveries.findIdsByBrand(brandId);
            if (!ids.isEmpty()) {
                attempts.deleteByDeliveryIds(ids);
                deliveries.deleteByBrand(brandId);
            }
            subscriptions.deleteByBrand(brandId);
            return null;
        });
    }
}
