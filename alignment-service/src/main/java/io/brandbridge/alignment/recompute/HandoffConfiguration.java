package io.brandbridge.alignment.recompute;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** {@code alignment.handoffs.*}: each snapshot keeps the brand's handoff matrix over the {@code window-days} up to its asOf. */
@ConfigurationProperties("alignment.handoffs")
public record HandoffConfiguration(@Bindable(defaultValue = "30") @Min(1) @Max(366) int windowDays) {

    public static final int DEFAULT_WINDOW_DAYS = 30;

    public Duration window() {
        return Duration.ofDays(windowDays);
    }
}
