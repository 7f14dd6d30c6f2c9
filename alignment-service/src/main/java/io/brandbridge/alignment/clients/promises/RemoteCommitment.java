package io.brandbridge.alignment.clients.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A commitment as promise-service sends it; weight and minSample may be absent (defaults 1 and 30). */
@Serdeable
public record RemoteCommitment(@Nullable String key,
                               @Nullable String metric,
                               @Nullable String op,
                               @Nullable Double threshold,
                               @Nullable Double objective,
                               @Nullable RemoteWindow window,
                               @Nullable Double weight,
                               @Nullable Integer minSample) {
}
