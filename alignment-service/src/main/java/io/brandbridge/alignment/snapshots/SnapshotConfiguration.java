package io.brandbridge.alignment.snapshots;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * {@code alignment.snapshots.*}: every snapshot is kept for {@code intraday-retention}, after which only
 * the last of each day (in the brand's time zone) stays, for history; {@code cache-size} parsed
 * snapshots are kept in memory (their content never changes).
 */
@ConfigurationProperties("alignment.snapshots")
public record SnapshotConfiguration(
        @Bindable(defaultValue = "2d") @PositiveDuration Duration intradayRetention,
        @Bindable(defaultValue = "64") @Min(1) int cacheSize) {
}
