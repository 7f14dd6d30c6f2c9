package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.webhooks.events.EventType;
import io.brandbridge.alignment.webhooks.store.SubscriptionEntity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a subscription's event types are stored: their wire names, comma-joined. */
public final class Subscriptions {

    private Subscriptions() {
    }

    public static boolean takes(SubscriptionEntity subscription, EventType type) {
        return types(subscription).contains(type);
    }

    public static List<EventType> types(SubscriptionEntity subscription) {
        return Arrays.stream(subscription.events().split(",")).map(EventType::fromWireName).flatMap(Optional::stream).toList();
    }

    public static String join(Collection<EventType> types) {
        return types.stream().map(EventType::wireName).collect(Collectors.joining(","));
    }
}
