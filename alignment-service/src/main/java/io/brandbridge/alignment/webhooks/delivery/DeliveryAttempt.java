package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.webhooks.store.AttemptEntity;
import io.brandbridge.alignment.webhooks.store.AttemptRepository;
import io.brandbridge.alignment.webhooks.store.DeliveryEntity;
import io.brandbridge.alignment.webhooks.store.DeliveryRepository;
import io.brandbridge.alignment.webhooks.store.SubscriptionEntity;
import io.brandbridge.alignment.webhooks.store.SubscriptionRepository;
import io.brandbridge.defaults.outbound.OutboundCallFailed;
import io.brandbridge.defaults.outbound.OutboundResponse;
import io.brandbridge.defaults.outbound.OutboundTarget;
import io.brandbridge.defaults.outbound.OutboundUrlPolicy;
import io.brandbridge.defaults.outbound.PinnedHttpClient;
import io.brandbridge.defaults.outbound.RetryAfter;
import io.brandbridge.defaults.problem.ProblemException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Sends one claimed delivery and records what happened. The URL is checked again at every attempt, DNS answers included,
 * and the request goes to exactly the addresses that passed; a URL that no longer passes is a failed attempt like any other.
 */
@Singleton
class DeliveryAttempt {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAttempt.class);
    private static final int ERROR_LENGTH = 500;
    static final String CUT_OFF = "no answer was recorded: the instance sending it stopped, so it was sent again";

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final AttemptRepository attempts;
    private final OutboundUrlPolicy policy;
    private final PinnedHttpClient http;
    private final TransactionOperations<Connection> transactions;
    private final WebhookSettings settings;
    private final Clock clock;
    private final RetrySchedule schedule = new RetrySchedule(RandomGenerator.getDefault());

    DeliveryAttempt(SubscriptionRepository subscriptions, DeliveryRepository deliveries, AttemptRepository attempts, OutboundUrlPolicy policy,
                    PinnedHttpClient http, TransactionOperations<Connection> transactions, WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.policy = policy;
        this.http = http;
        this.transactions = transactions;
        this.clock = clock;
    }

    void send(DeliveryEntity delivery) {
        Optional<SubscriptionEntity> found = subscriptions.findById(delivery.webhookId());
        if (found.isEmpty() || delivery.payload() == null) {
            // Deleted meanwhile; its deliveries went with it.
            return;
        }
        SubscriptionEntity subscription = found.get();
        Instant started = clock.instant();
        long began = System.nanoTime();
        Verdict.Result result = exchange(subscription, delivery, started);
        long tookMillis = Duration.ofNanos(System.nanoTime() - began).toMillis();
        // A lease that ran out means an instance claimed this delivery and stopped before it recorded the answer.
        boolean cutOff = delivery.leaseUntil() != null;
        int made = delivery.attempts() + (cutOff ? 2 : 1);
        // Whole seconds, as every database stores them; a wait is never shorter than a second anyway.
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Verdict verdict = Verdict.of(result, made, now, schedule, delivery.id());
        transactions.executeWrite(status -> {
            if (cutOff) {
                attempts.save(new AttemptEntity(null, delivery.id(), delivery.leaseUntil().minus(settings.lease()), null, 0, CUT_OFF));
            }
            attempts.save(new AttemptEntity(null, delivery.id(), started.truncatedTo(ChronoUnit.SECONDS), result.status(), tookMillis,
                    clip(result.error())));
            deliveries.recordAttempt(delivery.seq(), verdict.state(), made, verdict.nextAttemptAt(),
                    verdict.nextAttemptAt() == null ? now : null);
            if (verdict.health() != null && (verdict.health() != subscription.state() || verdict.problem() != null)) {
                subscriptions.recordHealth(subscription.id(), verdict.health(), verdict.problem(), now);
            }
            return null;
        });
        if (verdict.problem() != null) {
            LOG.warn("Webhook {} of brand {}: {}", subscription.id(), subscription.brandId(), verdict.problem());
        }
    }

    private Verdict.Result exchange(SubscriptionEntity subscription, DeliveryEntity delivery, Instant now) {
        try {
            OutboundTarget target = policy.approve("/url", subscription.url());
            long timestamp = now.getEpochSecond();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("webhook-id", delivery.messageId());
            headers.put("webhook-timestamp", Long.toString(timestamp));
            headers.put("webhook-signature", Signatures.header(subscription, delivery.messageId(), timestamp, delivery.payload(), now));
            OutboundResponse response = http.post(target, headers, delivery.payload().getBytes(StandardCharsets.UTF_8));
            return new Verdict.Result(response.status(), null, RetryAfter.parse(response.header("Retry-After").orElse(null), clock));
        } catch (ProblemException refused) {
            return new Verdict.Result(null, "not sent: the url " + refused.errors().stream().map(e -> e.message()).findFirst().orElse(refused.getMessage()), Optional.empty());
        } catch (OutboundCallFailed failed) {
            return new Verdict.Result(null, failed.getMessage(), Optional.empty());
        }
    }

    private static String clip(String error) {
        return error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH - 1) + "…";
    }
}
