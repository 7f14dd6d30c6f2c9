package io.brandbridge.alignment.clients.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The promise versions of a brand in force at an instant. */
@Serdeable
public record InForcePromises(@Nullable String brandId, @Nullable Instant at, @Nullable List<RemotePromise> items) {

    public InForcePromises {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
