package io.brandbridge.touchpoint.counters;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * @param unusedAfter     a predicate no stats question has used for this long is dropped with its counters
 * @param backfillThreads how many backfills run at once on this instance
 * @param backfillChunk   raw rows a backfill counts per transaction
 * @param lockWait        how long registration waits for a push into the touchpoint to finish
 */
@ConfigurationProperties("touchpoint.predicates")
public record PredicateSettings(@Bindable(defaultValue = "14d") @PositiveDuration Duration unusedAfter,
                                @Bindable(defaultValue = "2") @Min(1) @Max(16) int backfillThreads,
                                @Bindable(defaultValue = "20000") @Min(1) @Max(1_000_000) int backfillChunk,
                                @Bindable(defaultValue = "30s") @PositiveDuration Duration lockWait) {
}
