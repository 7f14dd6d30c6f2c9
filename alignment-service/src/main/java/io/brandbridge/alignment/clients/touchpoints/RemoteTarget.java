package io.brandbridge.alignment.clients.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An operational target at a touchpoint, e.g. handle_seconds LE 180 of kind COST. */
@Serdeable
public record RemoteTarget(String id,
                           @Nullable String touchpointId,
                           @Nullable String metric,
                           @Nullable String op,
                           @Nullable Double threshold,
                           @Nullable String kind) {
}
