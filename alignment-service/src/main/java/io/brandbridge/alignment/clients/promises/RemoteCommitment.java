package io.brandbridge.alignment.clients.promises;

import io.brandbridge.alignment.clients.ContractNames;
import io.brandbridge.alignment.clients.ContractText;
import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A commitment as promise-service sends it; weight and minSample may be absent (defaults 1 and 30). */
@Serdeable
public record RemoteCommitment(@Nullable String key,
                               @Nullable String metric,
                               @Nullable String op,
                               @Nullable Double threshold,
                               @Nullable Double objective,
                               @Nullable RemoteWindow window,
                               @Nullable Double weight,
                               @Nullable Integer minSample) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        AnswerCheck check = new AnswerCheck().present("key", key).present("metric", metric)
                .rule(ContractText.keyOrAbsent(key), "key is not a commitment key")
                .rule(ContractText.keyOrAbsent(metric), "metric is not a metric key")
                .oneOf("op", op, ContractNames.COMPARISONS)
                .finite("threshold", threshold)
                .finite("objective", objective)
                .rule(objective == null || (objective > 0 && objective < 1), "objective (" + objective + ") is not strictly between 0 and 1")
                .present("window", window)
                .rule(weight == null || (Double.isFinite(weight) && weight > 0), "weight (" + weight + ") is not a positive number")
                .optionalBetween("minSample", minSample, 1, Integer.MAX_VALUE);
        return window == null ? check.defects() : check.each("window", List.of(window)).defects();
    }
}
