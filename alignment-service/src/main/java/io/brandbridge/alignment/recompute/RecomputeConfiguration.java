package io.brandbridge.alignment.recompute;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * {@code alignment.recompute.*}: how often every known brand is recomputed (the schedule itself reads
 * {@code interval} and {@code initial-delay}), whether brands are discovered from promise-service, how
 * many calls to other services this instance keeps in flight across all its recomputes, how long an
 * on-demand recompute is waited for before it is answered 202 and left to finish in the background, how many
 * on-demand recomputes may run at once (beyond it a request answers 503), and how long the standing predicates
 * registered with touchpoint-service are remembered before a recompute registers them again.
 */
@ConfigurationProperties("alignment.recompute")
public record RecomputeConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "5m") @PositiveDuration Duration interval,
        @Bindable(defaultValue = "true") boolean discoverBrands,
        @Bindable(defaultValue = "4") @Min(1) int parallelism,
        @Bindable(defaultValue = "25s") @PositiveDuration Duration respondWithin,
        @Bindable(defaultValue = "4") @Min(1) int onDemandMax,
        @Bindable(defaultValue = "1h") @PositiveDuration Duration registrationMemory) {
}
