package io.brandbridge.touchpoint.ingest.health;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** Deletes push log rows older than {@link PushLog#RETENTION}; hourly, so each run deletes about an hour of pushes. */
@Singleton
class PushLogRetention {

    private static final Logger LOG = LoggerFactory.getLogger(PushLogRetention.class);

    private final PushLog log;
    private final Clock clock;

    PushLogRetention(PushLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "5m", fixedDelay = "1h")
    void sweep() {
        try {
            deleteExpired();
        } catch (RuntimeException e) {
            LOG.warn("Deleting old push log rows failed; the next run retries", e);
        }
    }

    /** Answers how many rows were deleted. */
    int deleteExpired() {
        return log.deleteBefore(clock.instant().minus(PushLog.RETENTION));
    }
}
