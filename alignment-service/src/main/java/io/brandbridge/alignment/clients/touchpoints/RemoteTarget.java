package io.brandbridge.alignment.clients.touchpoints;

import io.brandbridge.alignment.clients.ContractNames;
import io.brandbridge.alignment.clients.ContractText;
import io.brandbridge.defaults.resilience.AnswerCheck;
import io.brandbridge.defaults.resilience.CheckedAnswer;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** An operational target at a touchpoint, e.g. handle_seconds LE 180 of kind COST. */
@Serdeable
public record RemoteTarget(String id,
                           @Nullable String touchpointId,
                           @Nullable String metric,
                           @Nullable String op,
                           @Nullable Double threshold,
                           @Nullable String kind) implements CheckedAnswer {

    @Override
    public List<String> defects() {
        return new AnswerCheck().id("id", id).optionalId("touchpointId", touchpointId).present("metric", metric)
                .rule(ContractText.keyOrAbsent(metric), "metric is not a metric key")
                .oneOf("op", op, ContractNames.COMPARISONS).finite("threshold", threshold)
                .oneOf("kind", kind, ContractNames.TARGET_KINDS).defects();
    }
}
