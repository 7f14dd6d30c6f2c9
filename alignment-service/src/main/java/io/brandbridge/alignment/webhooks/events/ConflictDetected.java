package io.brandbridge.alignment.webhooks.events;

import io.brandbridge.alignment.scoring.Conflict;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Data of {@code conflict.detected}: an operational target newly found working against a commitment at one touchpoint. */
@Serdeable
public record ConflictDetected(String touchpointId, String touchpointName, Conflict.Target target, Conflict.Commitment commitment,
                               String sentence, double p1, double p0, double z, long met, long missed, Instant from, Instant to) {

    static ConflictDetected of(Conflict c) {
        return new ConflictDetected(c.touchpointId(), c.touchpointName(), c.target(), c.commitment(), c.sentence(), c.p1(), c.p0(),
                c.z(), c.met(), c.missed(), c.from(), c.to());
    }
}
