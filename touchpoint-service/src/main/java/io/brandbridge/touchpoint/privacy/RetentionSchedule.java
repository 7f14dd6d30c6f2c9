package io.brandbridge.touchpoint.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Runs the retention daily; off with {@code touchpoint.retention.enabled: false} (tests run it on demand). */
@Singleton
@Requires(property = "touchpoint.retention.enabled", notEquals = "false")
class RetentionSchedule {

    private final InteractionRetention retention;

    RetentionSchedule(InteractionRetention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${touchpoint.retention.cron:0 20 2 * * *}", zoneId = "UTC")
    void daily() {
        retention.run();
    }
}
