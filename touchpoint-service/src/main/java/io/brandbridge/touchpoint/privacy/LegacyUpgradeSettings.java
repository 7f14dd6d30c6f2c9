package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.settings.PositiveDuration;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * @param enabled      whether this instance runs the upgrade of interactions stored before pseudonymisation (any number of
 *                     instances may; the work is idempotent)
 * @param initialDelay how long after start the first run begins
 * @param interval     how long after a run the next one begins (a run with nothing left to do is one query)
 * @param chunkRows    interactions read per transaction, so the upgrade never holds a touchpoint's ingest lock for long
 * @param lockWait     how long a chunk waits for pushes into the touchpoint before the run moves on
 */
@ConfigurationProperties("touchpoint.legacy-upgrade")
public record LegacyUpgradeSettings(@Bindable(defaultValue = "true") boolean enabled,
                                    @Bindable(defaultValue = "30s") @PositiveDuration Duration initialDelay,
                                    @Bindable(defaultValue = "1h") @PositiveDuration Duration interval,
                                    @Bindable(defaultValue = "1000") @Min(1) @Max(10_000) int chunkRows,
                                    @Bindable(defaultValue = "30s") @PositiveDuration Duration lockWait) {
}
