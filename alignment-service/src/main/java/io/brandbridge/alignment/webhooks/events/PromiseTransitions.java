package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BrandAlignment;
import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/** {@code promise.status_changed} and {@code commitment.burn_alert}, in the new snapshot's promise and commitment order. */
final class PromiseTransitions {

    private PromiseTransitions() {
    }

    /** A promise whose status differs from before; a newcomer counts unless it has no data yet. */
    static List<Transition> statusChanges(BrandAlignment previous, BrandAlignment next) {
        PromiseIndex before = PromiseIndex.of(previous);
        List<Transition> changes = new ArrayList<>();
        for (PromiseAlignment now : next.promises()) {
            PromiseAlignment then = before.promise(now.promiseId());
            if (moved(then == null ? null : then.status(), now.status())) {
                changes.add(new Transition(EventType.PROMISE_STATUS_CHANGED, PromiseStatusChanged.of(then, now, movedCommitments(then, now))));
            }
        }
        return changes;
    }

    /** A commitment now alerting SLOW or FAST that was not alerting at that level before. */
    static List<Transition> burnAlerts(BrandAlignment previous, BrandAlignment next) {
        PromiseIndex before = PromiseIndex.of(previous);
        List<Transition> alerts = new ArrayList<>();
        for (PromiseAlignment promise : next.promises()) {
            for (CommitmentAlignment now : promise.commitments()) {
                if (now.burnAlert() != BurnAlert.SLOW && now.burnAlert() != BurnAlert.FAST) {
                    continue;
                }
                CommitmentAlignment then = before.commitment(promise.promiseId(), now.key());
                BurnAlert previousAlert = then == null ? null : then.burnAlert();
                if (previousAlert != now.burnAlert()) {
                    alerts.add(new Transition(EventType.COMMITMENT_BURN_ALERT, BurnAlertRaised.of(promise, now, previousAlert)));
                }
            }
        }
        return alerts;
    }

    private static List<MovedCommitment> movedCommitments(@Nullable PromiseAlignment then, PromiseAlignment now) {
        List<MovedCommitment> moved = new ArrayList<>();
        for (CommitmentAlignment commitment : now.commitments()) {
            CommitmentAlignment before = PromiseIndex.commitment(then, commitment.key());
            Status from = before == null ? null : before.status();
            if (moved(from, commitment.status())) {
                moved.add(MovedCommitment.of(from, commitment));
            }
        }
        return moved;
    }

    // Something first seen with no data has not moved: there is nothing yet to tell a subscriber.
    private static boolean moved(@Nullable Status from, Status to) {
        return from == null ? to != Status.NO_DATA : from != to;
    }
}
