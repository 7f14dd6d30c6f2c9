package io.brandbridge.alignment.clients.promises;

import io.brandbridge.alignment.scoring.Limits;
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
        return new AnswerCheck().optionalId("brandId", brandId)
                .rule(items.size() <= Limits.PROMISES, "items holds " + items.size() + " promises, more than the " + Limits.PROMISES + " one brand may have in force")
                .each("items", items).defects();
    }
}
