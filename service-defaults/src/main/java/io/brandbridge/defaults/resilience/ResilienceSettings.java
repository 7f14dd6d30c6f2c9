package io.brandbridge.defaults.resilience;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** One named resilience instance, read from {@code resilience4j.instances.<name>}. */
@EachProperty("resilience4j.instances")
public record ResilienceSettings(
        @Parameter String name,
        @Bindable(defaultValue = "2s") Duration timeout,
        @Bindable(defaultValue = "3") int maxAttempts,
        @Bindable(defaultValue = "100ms") Duration initialBackoff,
        @Bindable(defaultValue = "2.0") double backoffMultiplier,
        @Bindable(defaultValue = "0.5") double jitter,
        @Bindable(defaultValue = "50") float failureRateThreshold,
        @Bindable(defaultValue = "20") int slidingWindowSize,
        @Bindable(defaultValue = "10") int minimumNumberOfCalls,
        @Bindable(defaultValue = "10s") Duration waitInOpenState,
        @Bindable(defaultValue = "2") int permittedCallsInHalfOpenState,
        @Bindable(defaultValue = "25") int maxConcurrentCalls,
        @Bindable(defaultValue = "0ms") Duration maxWaitForPermit) {

    /** Settings used when an annotated call names an instance that has no configuration. */
    static ResilienceSettings defaults(String name) {
        return new ResilienceSettings(name, Duration.ofSeconds(2), 3, Duration.ofMillis(100), 2.0, 0.5,
                50f, 20, 10, Duration.ofSeconds(10), 2, 25, Duration.ZERO);
    }
}
