package io.brandbridge.alignment.webhooks.delivery;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.alignment.snapshots.SnapshotDocument;
import io.brandbridge.alignment.snapshots.SnapshotFollower;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import io.brandbridge.alignment.webhooks.events.AlignmentRecovered;
import io.brandbridge.alignment.webhooks.events.AlignmentStale;
import io.brandbridge.alignment.webhooks.events.EventType;
import io.brandbridge.alignment.webhooks.events.Transition;
import io.brandbridge.alignment.webhooks.events.Transitions;
import io.brandbridge.alignment.webhooks.store.SubscriptionEntity;
import io.brandbridge.alignment.webhooks.store.SubscriptionRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns each change to a brand's present into events in the outbox, in the transaction that stored it. A snapshot is
 * compared with the one it follows in the present's asOf order; one as of an earlier instant than the newest (an
 * on-demand look at the past) and a brand's first snapshot fire nothing. Nothing is compared when no one listens.
 */
@Singleton
class SnapshotNotifications implements SnapshotFollower {

    private final SubscriptionRepository subscriptions;
    private final Outbox outbox;
    private final Clock clock;

    SnapshotNotifications(SubscriptionRepository subscriptions, Outbox outbox, Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void stored(@Nullable Previous previous, Snapshot stored, BrandAlignment alignment, SnapshotHandoffs handoffs) {
        if (previous == null || stored.asOf().isBefore(previous.snapshot().asOf())) {
            return;
        }
        List<SubscriptionEntity> listening = subscriptions.findSendingByBrandId(stored.brandId());
        if (listening.isEmpty()) {
            return;
        }
        List<Transition> transitions = new ArrayList<>();
        if (previous.snapshot().stale()) {
            transitions.add(new Transition(EventType.ALIGNMENT_RECOVERED, new AlignmentRecovered(null)));
        }
        SnapshotDocument before = previous.document().get();
        transitions.addAll(Transitions.between(before.alignment(), before.handoffs(), alignment, handoffs));
        outbox.enqueue(listening, stored, transitions);
    }

    @Override
    public void wentStale(Snapshot served, String dependency) {
        List<SubscriptionEntity> listening = subscriptions.findSendingByBrandId(served.brandId());
        if (!listening.isEmpty()) {
            Transition stale = new Transition(EventType.ALIGNMENT_STALE, new AlignmentStale(dependency, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            outbox.enqueue(listening, served, List.of(stale));
        }
    }
}
