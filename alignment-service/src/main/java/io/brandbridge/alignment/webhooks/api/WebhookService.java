package io.brandbridge.alignment.webhooks.api;

import io.brandbridge.alignment.brands.BrandScope;
import io.brandbridge.alignment.clients.promises.PromiseClient;
import io.brandbridge.alignment.webhooks.delivery.DeliveryRetention;
import io.brandbridge.alignment.webhooks.delivery.DeliveryWorker;
import io.brandbridge.alignment.webhooks.delivery.Outbox;
import io.brandbridge.alignment.webhooks.delivery.Subscriptions;
import io.brandbridge.alignment.webhooks.delivery.WebhookSettings;
import io.brandbridge.alignment.webhooks.events.EventType;
import io.brandbridge.alignment.webhooks.events.Ping;
import io.brandbridge.alignment.webhooks.store.AttemptEntity;
import io.brandbridge.alignment.webhooks.store.AttemptRepository;
import io.brandbridge.alignment.webhooks.store.DeliveryEntity;
import io.brandbridge.alignment.webhooks.store.DeliveryRepository;
import io.brandbridge.alignment.webhooks.store.SubscriptionEntity;
import io.brandbridge.alignment.webhooks.store.SubscriptionRepository;
import io.brandbridge.alignment.webhooks.store.SubscriptionState;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.outbound.OutboundUrlPolicy;
import io.brandbridge.defaults.paging.Cursors;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.Problem;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Subscriptions of a brand: checked against the caller's brand scope (a brand outside it, or one promise-service does
 * not know, answers 404), the URL against the outbound policy, and every change against the version the caller read.
 */
@Singleton
class WebhookService {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final AttemptRepository attempts;
    private final DeliveryRetention retention;
    private final Outbox outbox;
    private final DeliveryWorker worker;
    private final OutboundUrlPolicy policy;
    private final PromiseClient promises;
    private final WebhookSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    WebhookService(SubscriptionRepository subscriptions, DeliveryRepository deliveries, AttemptRepository attempts, DeliveryRetention retention,
                   Outbox outbox, DeliveryWorker worker, OutboundUrlPolicy policy, PromiseClient promises, WebhookSettings settings,
                   TransactionOperations<Connection> transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.retention = retention;
        this.outbox = outbox;
        this.worker = worker;
        this.policy = policy;
        this.promises = promises;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    WebhookSecret create(String brandId, WebhookRequest request, Caller caller) {
        requireBrand(brandId, caller);
        List<EventType> types = check(request);
        if (subscriptions.countByBrand(brandId) >= settings.maxPerBrand()) {
            throw ProblemException.conflict("Brand " + brandId + " already has " + settings.maxPerBrand()
                    + " webhook subscriptions, the most one brand may have; delete one first");
        }
        Instant now = now();
        String secret = SigningSecrets.next();
        SubscriptionEntity created = subscriptions.save(new SubscriptionEntity(Ids.newId("whk"), brandId, request.url().strip(), Subscriptions.join(types),
                request.description(), secret, null, null, state(request, null), null, 1, now, now));
        return new WebhookSecret(Webhook.from(created, now), secret);
    }

    Page<Webhook> list(String brandId, int limit, @Nullable String cursor, Caller caller) {
        requireScope(brandId, caller);
        List<SubscriptionEntity> rows;
        if (cursor == null) {
            rows = subscriptions.findFirstPage(brandId, limit + 1);
        } else {
            String[] key = Cursors.decode(cursor).split("\\|", 2);
            Instant after = parseCursorInstant(key[0]);
            if (key.length != 2 || after == null) {
                throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
            }
            rows = subscriptions.findPageAfter(brandId, after, key[1], limit + 1);
        }
        Instant now = clock.instant();
        return Page.of(rows, limit, s -> s.createdAt() + "|" + s.id(), s -> Webhook.from(s, now));
    }

    Webhook get(String brandId, String webhookId, Caller caller) {
        return Webhook.from(find(brandId, webhookId, caller), clock.instant());
    }

    Webhook replace(String brandId, String webhookId, @Nullable String ifMatch, WebhookRequest request, Caller caller) {
        SubscriptionEntity current = find(brandId, webhookId, caller);
        requireMatch(current, ifMatch);
        List<EventType> types = check(request);
        SubscriptionState state = state(request, current);
        String problem = state == current.state() ? current.problem() : null;
        long changed = subscriptions.updateIfVersion(current.id(), current.version(), request.url().strip(), Subscriptions.join(types), request.description(),
                state, problem, current.secret(), current.previousSecret(), current.previousSecretUntil(), now());
        return Webhook.from(afterChange(current, changed), clock.instant());
    }

    void delete(String brandId, String webhookId, @Nullable String ifMatch, Caller caller) {
        SubscriptionEntity current = find(brandId, webhookId, caller);
        requireMatch(current, ifMatch);
        transactions.executeWrite(status -> {
            if (subscriptions.deleteIfVersion(current.id(), current.version()) == 0) {
                throw raced(current.id());
            }
            retention.deleteOf(current.id());
            return null;
        });
    }

    WebhookSecret rotate(String brandId, String webhookId, Caller caller) {
        SubscriptionEntity current = find(brandId, webhookId, caller);
        String secret = SigningSecrets.next();
        Instant now = now();
        long changed = subscriptions.updateIfVersion(current.id(), current.version(), current.url(), current.events(), current.description(),
                current.state(), current.problem(), secret, current.secret(), now.plus(settings.secretOverlap()), now);
        return new WebhookSecret(Webhook.from(afterChange(current, changed), now), secret);
    }

    DeliveryResponse ping(String brandId, String webhookId, Caller caller) {
        SubscriptionEntity subscription = sending(find(brandId, webhookId, caller));
        DeliveryEntity queued = outbox.enqueuePing(subscription, new Ping(subscription.id(), "A test delivery asked for by a user; no promise changed."));
        worker.wake();
        return DeliveryResponse.from(queued, List.of());
    }

    Page<DeliveryResponse> deliveries(String brandId, String webhookId, int limit, @Nullable String cursor, Caller caller) {
        SubscriptionEntity subscription = find(brandId, webhookId, caller);
        List<DeliveryEntity> rows = cursor == null ? deliveries.findNewest(subscription.id(), limit + 1)
                : deliveries.findOlder(subscription.id(), parseSeq(Cursors.decode(cursor)), limit + 1);
        List<DeliveryEntity> shown = rows.subList(0, Math.min(limit, rows.size()));
        Map<String, List<AttemptEntity>> log = shown.isEmpty() ? Map.of()
                : attempts.findByDeliveryIds(shown.stream().map(DeliveryEntity::id).toList()).stream()
                .collect(Collectors.groupingBy(AttemptEntity::deliveryId));
        return Page.of(rows, limit, d -> Long.toString(d.seq()), d -> DeliveryResponse.from(d, log.getOrDefault(d.id(), List.of())));
    }

    DeliveryResponse redeliver(String brandId, String webhookId, String deliveryId, Caller caller) {
        SubscriptionEntity subscription = sending(find(brandId, webhookId, caller));
        DeliveryEntity original = deliveries.findByDeliveryId(deliveryId).filter(d -> d.webhookId().equals(subscription.id()))
                .orElseThrow(() -> ProblemException.notFound("Delivery", deliveryId));
        if (original.payload() == null) {
            throw ProblemException.conflict("Delivery " + deliveryId + " can no longer be sent again: bodies are kept for "
                    + settings.bodyRetention().toDays() + " days");
        }
        DeliveryEntity queued = outbox.redeliver(subscription, original);
        worker.wake();
        return DeliveryResponse.from(queued, List.of());
    }

    private SubscriptionEntity find(String brandId, String webhookId, Caller caller) {
        requireScope(brandId, caller);
        return subscriptions.findById(webhookId).filter(s -> s.brandId().equals(brandId))
                .orElseThrow(() -> ProblemException.notFound("Webhook", webhookId));
    }

    private static SubscriptionEntity sending(SubscriptionEntity subscription) {
        if (subscription.state() == SubscriptionState.DISABLED) {
            throw ProblemException.conflict("Webhook " + subscription.id() + " is disabled; enable it (PUT with enabled true) before sending to it");
        }
        return subscription;
    }

    private void requireScope(String brandId, Caller caller) {
        if (!BrandScope.mayAccess(caller, brandId)) {
            throw ProblemException.notFound("Brand", brandId);
        }
    }

    private void requireBrand(String brandId, Caller caller) {
        requireScope(brandId, caller);
        if (promises.brand(brandId).isEmpty()) {
            throw ProblemException.notFound("Brand", brandId);
        }
    }

    /** The event types named, in the order given, and the URL, checked; every bad field is named at once. */
    private List<EventType> check(WebhookRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<EventType> types = new LinkedHashSet<>();
        for (int i = 0; i < request.events().size(); i++) {
            String name = request.events().get(i);
            Optional<EventType> type = EventType.fromWireName(name).filter(EventType::subscribable);
            if (type.isEmpty()) {
                errors.add(new Problem.FieldError("/events/" + i, "must be one of " + EventType.subscribableTypes().stream()
                        .map(EventType::wireName).collect(Collectors.joining(", "))));
            } else if (!types.add(type.get())) {
                errors.add(new Problem.FieldError("/events/" + i, "names " + name + " a second time"));
            }
        }
        try {
            policy.approve("/url", request.url().strip());
        } catch (ProblemException refused) {
            errors.addAll(refused.errors());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return List.copyOf(types);
    }

    private static SubscriptionState state(WebhookRequest request, @Nullable SubscriptionEntity current) {
        if (Boolean.FALSE.equals(request.enabled())) {
            return SubscriptionState.DISABLED;
        }
        boolean wasFailing = current != null && current.state() == SubscriptionState.FAILING && request.enabled() == null;
        return wasFailing ? SubscriptionState.FAILING : SubscriptionState.ACTIVE;
    }

    private static void requireMatch(SubscriptionEntity current, @Nullable String ifMatch) {
        if (ifMatch == null) {
            return;
        }
        String etag = "\"" + current.id() + "-" + current.version() + "\"";
        boolean matches = ifMatch.strip().equals("*") || List.of(ifMatch.split(",")).stream().map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).anyMatch(etag::equals);
        if (!matches) {
            throw new ProblemException(HttpStatus.PRECONDITION_FAILED, "Webhook " + current.id() + " changed since " + ifMatch
                    + " was read; read it again (its ETag is now " + etag + ")");
        }
    }

    private SubscriptionEntity afterChange(SubscriptionEntity before, long changed) {
        if (changed == 0) {
            throw raced(before.id());
        }
        return subscriptions.findById(before.id()).orElseThrow(() -> ProblemException.notFound("Webhook", before.id()));
    }

    private static ProblemException raced(String id) {
        return ProblemException.conflict("Webhook " + id + " changed while this request ran; read it again and retry");
    }

    private static long parseSeq(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("/cursor", "is not a cursor this API issued");
        }
    }

    private static Instant parseCursorInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Instant now() {
        // Whole seconds: what is stored is what is read back, on every database.
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
