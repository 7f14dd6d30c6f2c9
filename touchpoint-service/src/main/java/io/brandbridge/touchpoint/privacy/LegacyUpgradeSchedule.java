package io.brandbridge.touchpoint.privacy;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Upgrades interactions stored before pseudonymisation soon after start; off with {@code touchpoint.legacy-upgrade.enabled: false}. */
@Singleton
@Requires(property = "touchpoint.legacy-upgrade.enabled", notEquals = "false")
class LegacyUpgradeSchedule {

    private final LegacyCustomerRefs upgrade;

    LegacyUpgradeSchedule(LegacyCustomerRefs upgrade) {
        this.upgrade = upgrade;
    }

    @Scheduled(initialDelay = "${touchpoint.legacy-upgrade.initial-delay:30s}", fixedDelay = "${touchpoint.legacy-upgrade.interval:1h}")
    void soonAfterStart() {
        upgrade.run();
    }
}
