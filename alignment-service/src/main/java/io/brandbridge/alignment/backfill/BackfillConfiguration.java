package io.brandbridge.alignment.backfill;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * {@code alignment.backfill.*}: how many jobs this instance runs at once (their calls also share the recompute call
 * budget), how long a worker's claim on a job lasts without renewal (a stopped instance's jobs are taken over after
 * it), how often a day is retried while a dependency is down and how long between tries, and how many unfinished
 * jobs a brand may have.
 */
@ConfigurationProperties("alignment.backfill")
public record BackfillConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "2") @Min(1) @Max(64) int concurrency,
        @Bindable(defaultValue = "2m") @PositiveDuration Duration lease,
        @Bindable(defaultValue = "3") @Min(1) @Max(100) int attemptsPerDay,
        @Bindable(defaultValue = "15s") @PositiveDuration Duration retryAfter,
        @Bindable(defaultValue = "10") @Min(1) @Max(1000) int unfinishedPerBrand) {
}
