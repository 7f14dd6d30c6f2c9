package io.brandbridge.alignment.clients.promises;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** The promise versions of a brand in force at an instant. */
@Serdeable
public record InForcePromises(@Nullable String brandId, @Nullable Instant at, @Nullable List<RemotePromise> items) implements CheckedAnswer {

    public InForcePromises {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public List<String> defects() {
        return new AnswerCheck().optionalId("brandId", brandId).each("items", items).defects();
    }
}
