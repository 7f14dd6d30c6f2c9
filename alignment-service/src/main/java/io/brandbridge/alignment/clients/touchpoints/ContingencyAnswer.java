package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Answer of {@code POST /stats/contingency}: a and b both met, only a, only b, neither; a missing count is a defect, not 0. */
@Serdeable
public record ContingencyAnswer(@Nullable Long bothMet, @Nullable Long aOnly, @Nullable Long bOnly, @Nullable Long neither) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        return new AnswerCheck().count("bothMet", bothMet).count("aOnly", aOnly).count("bOnly", bOnly).count("neither", neither).defects();
    }
}
