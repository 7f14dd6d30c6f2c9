package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.CommitmentAlignment;
import io.brandbridge.alignment.scoring.Status;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A commitment of a promise whose status moved, with its figures in the new snapshot; {@code from} is null when it is new. */
@Serdeable
public record MovedCommitment(String key, @Nullable Status from, Status to, @Nullable Double score, @Nullable Double attainment,
                              @Nullable Double budgetRemaining) {

    static MovedCommitment of(@Nullable Status from, CommitmentAlignment now) {
        return new MovedCommitment(now.key(), from, now.status(), now.score(), now.attainment(), now.budgetRemaining());
    }
}
