package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.BurnAlert;
import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.PromiseAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Data of {@code commitment.burn_alert}: a commitment now spending its error budget SLOW or FAST, and what it was before (null: not kept or new). */
@Serdeable
public record BurnAlertRaised(String promiseId, String promiseTitle, String commitmentKey, BurnAlert alert, @Nullable BurnAlert previousAlert,
                              @Nullable Double burnRate, @Nullable Double budgetRemaining, @Nullable Double attainment, double objective,
                              Instant windowFrom, Instant windowTo, Status status) {

    static BurnAlertRaised of(PromiseAlignment promise, CommitmentAlignment now, @Nullable BurnAlert previousAlert) {
        return new BurnAlertRaised(promise.promiseId(), promise.title(), now.key(), now.burnAlert(), previousAlert, now.burnRate(),
                now.budgetRemaining(), now.attainment(), now.objective(), now.from(), now.to(), now.status());
    }
}
