package io.brandbridge.defaults.resilience;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import java.time.Duration;

/** One named resilience instance, read from {@code resilience4j.instances.<name>}. */
@EachProperty("resilience4j.instances")
public record ResilienceSettings(
        @Parameter String name,
        @Bindable(defaultValue = "2s") @PositiveDuration Duration timeout,
        @Bindable(defaultValue = "3") @Min(1) int maxAttempts,
        @Bindable(defaultValue = "100ms") @PositiveDuration Duration initialBackoff,
        @Bindable(defaultValue = "2.0") @DecimalMin("1.0") double backoffMultiplier,
        @Bindable(defaultValue = "0.5") @DecimalMin("0.0") @DecimalMax("1.0") double jitter,
        @Bindable(defaultValue = "50") @Positive @DecimalMax("100") float failureRateThreshold,
        @Bindable(defaultValue = "20") @Min(1) int slidingWindowSize,
        @Bindable(defaultValue = "10") @Min(1) int minimumNumberOfCalls,
        @Bindable(defaultValue = "10s") @PositiveDuration Duration waitInOpenState,
        @Bindable(defaultValue = "2") @Min(1) int permittedCallsInHalfOpenState,
        @Bindable(defaultValue = "25") @Min(1) int maxConcurrentCalls,
        @Bindable(defaultValue = "0ms") Duration maxWaitForPermit) {

    /** Settings used when an annotated call names an instance that has no configuration. */
    static ResilienceSettings defaults(String name) {
        return new ResilienceSettings(name, Duration.ofSeconds(2), 3, Duration.ofMillis(100), 2.0, 0.5,
                50f, 20, 10, Duration.ofSeconds(10), 2, 25, Duration.ZERO);
    }
}
