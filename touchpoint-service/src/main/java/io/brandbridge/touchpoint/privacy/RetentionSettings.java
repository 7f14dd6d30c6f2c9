package io.brandbridge.touchpoint.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * @param enabled   whether this instance runs the daily removal (any number of instances may; the work is idempotent)
 * @param cron      when it runs (Micronaut cron: second minute hour day-of-month month day-of-week), UTC
 * @param chunkRows interactions removed per transaction, so a large removal never holds its locks for long
 */
@ConfigurationProperties("touchpoint.retention")
public record RetentionSettings(@Bindable(defaultValue = "true") boolean enabled,
                                @Bindable(defaultValue = "0 20 2 * * *") @NotBlank String cron,
                                @Bindable(defaultValue = "5000") @Min(1) @Max(100_000) int chunkRows) {
}
