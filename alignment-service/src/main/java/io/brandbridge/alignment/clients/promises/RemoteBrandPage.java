package io.brandbridge.alignment.clients.promises;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of promise-service's brand list. */
@Serdeable
public record RemoteBrandPage(@Nullable List<RemoteBrand> items, @Nullable String nextCursor) implements CheckedAnswer {

    public RemoteBrandPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public List<String> defects() {
        return new AnswerCheck().each("items", items).defects();
    }
}
