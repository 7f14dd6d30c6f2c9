package io.brandbridge.alignment.scoring;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A brand's handoffs over [from, to), the one that lets down the most customers first. */
@Serdeable
public record HandoffMatrix(Instant from, Instant to, long journeys, long oneContactJourneys, long oneContactFollowedUp,
                            double oneContactRepeatRate, List<Handoff> handoffs) {

    /** Nothing measured over [from, to). */
    public static HandoffMatrix empty(Instant from, Instant to) {
        return new HandoffMatrix(from, to, 0, 0, 0, 0, List.of());
    }
}
