package io.brandbridge.alignment.webhooks.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Data of {@code alignment.recovered}: recomputes succeed again; {@code staleSince} is when they began failing, null if unknown. */
@Serdeable
public record AlignmentRecovered(@Nullable Instant staleSince) {
}
