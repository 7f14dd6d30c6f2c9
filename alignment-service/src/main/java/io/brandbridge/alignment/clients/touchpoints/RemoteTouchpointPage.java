package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One page of a brand's touchpoints. */
@Serdeable
public record RemoteTouchpointPage(@Nullable List<RemoteTouchpoint> items, @Nullable String nextCursor) implements CheckedAnswer {

    public RemoteTouchpointPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public List<String> defects() {
        return new AnswerCheck().each("items", items).defects();
    }
}
