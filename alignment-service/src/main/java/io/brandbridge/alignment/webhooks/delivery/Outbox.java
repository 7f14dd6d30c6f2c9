package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.alignment.webhooks.events.EventType;
import io.brandbridge.alignment.webhooks.events.Transition;
import io.brandbridge.alignment.webhooks.store.DeliveryEntity;
import io.brandbridge.alignment.webhooks.store.DeliveryRepository;
import io.brandbridge.alignment.webhooks.store.DeliveryState;
import io.brandbridge.alignment.webhooks.store.SubscriptionEntity;
import io.brandbridge.defaults.ids.Ids;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes deliveries into the outbox, in the caller's transaction: one row per event and subscription that takes it. Every
 * subscription gets the same event id; each delivery has its own message id, sent as webhook-id.
 */
@Singleton
public class Outbox {

    private final DeliveryRepository deliveries;
    private final JsonMapper json;
    private final Clock clock;

    Outbox(DeliveryRepository deliveries, JsonMapper json, Clock clock) {
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /** Queues each transition of {@code snapshot} for the subscriptions that take its type; answers how many deliveries were queued. */
    public int enqueue(List<SubscriptionEntity> subscriptions, Snapshot snapshot, List<Transition> transitions) {
        Instant now = now();
        int queued = 0;
        for (Transition transition : transitions) {
            List<SubscriptionEntity> takers = subscriptions.stream().filter(s -> Subscriptions.takes(s, transition.type())).toList();
            if (takers.isEmpty()) {
                continue;
            }
            String eventId = Ids.newId("evt");
            String payload = write(new WebhookEvent(eventId, transition.type().wireName(), now, snapshot.brandId(), snapshot.id(),
                    snapshot.asOf(), snapshot.computedAt(), tree(transition.data())));
            for (SubscriptionEntity subscription : takers) {
                deliveries.save(pending(subscription, Ids.newId("msg"), eventId, transition.type().wireName(), payload, now, null));
                queued++;
            }
        }
        return queued;
    }

    /** Queues a ping for one subscription. */
    public DeliveryEntity enqueuePing(SubscriptionEntity subscription, Object data) {
        Instant now = now();
        String eventId = Ids.newId("evt");
        String payload = write(new WebhookEvent(eventId, EventType.PING.wireName(), now, subscription.brandId(), null, null, null,
                tree(data)));
        return deliveries.save(pending(subscription, Ids.newId("msg"), eventId, EventType.PING.wireName(), payload, now, null));
    }

    /** Queues {@code original} again, at the end of its subscription's queue, with the same message id and body. */
    public DeliveryEntity redeliver(SubscriptionEntity subscription, DeliveryEntity original) {
        return deliveries.save(pending(subscription, original.messageId(), original.eventId(), original.eventType(), original.payload(), now(),
                original.id()));
    }

    private static DeliveryEntity pending(SubscriptionEntity subscription, String messageId, String eventId, String type, String payload,
                                          Instant now, @Nullable String redeliveryOf) {
        return new DeliveryEntity(null, Ids.newId("dlv"), subscription.id(), subscription.brandId(), messageId, eventId, type, payload, now,
                DeliveryState.PENDING, 0, now, null, null, redeliveryOf);
    }

    private Instant now() {
        // Whole seconds: what is stored is what is read back, on every database.
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private JsonNode tree(Object data) {
        try {
            return json.writeValueToTree(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(WebhookEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
