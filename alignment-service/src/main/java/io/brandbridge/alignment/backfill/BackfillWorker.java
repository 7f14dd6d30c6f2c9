package io.brandbridge.alignment.backfill;

import io.brandbridge.alignment.clients.DependencyRefusal;
import io.brandbridge.alignment.recompute.RecomputeService;
import io.brandbridge.alignment.recompute.UnknownBrand;
import io.brandbridge.alignment.snapshots.SnapshotOrigin;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs backfill jobs: claims waiting jobs (and running ones whose worker stopped renewing its lease) up to
 * {@code alignment.backfill.concurrency} at once and one per brand, then computes their days in order, checkpointing
 * after each, so a restarted job goes on from the day it had reached. A day is retried while a dependency is down.
 */
@Singleton
@Requires(property = "alignment.backfill.enabled", notEquals = "false")
public class BackfillWorker {

    private static final Logger LOG = LoggerFactory.getLogger(BackfillWorker.class);

    private final BackfillJobRepository jobs;
    private final BackfillErrors errors;
    private final RecomputeService recomputes;
    private final BackfillConfiguration configuration;
    private final Clock clock;
    // Identifies this process's leases; a restarted process is a new owner and takes its old jobs over once their leases run out.
    private final String owner = Ids.newId("wrk");
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, String> running = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    BackfillWorker(BackfillJobRepository jobs, BackfillErrors errors, RecomputeService recomputes, BackfillConfiguration configuration, Clock clock) {
        this.jobs = jobs;
        this.errors = errors;
        this.recomputes = recomputes;
        this.configuration = configuration;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${alignment.backfill.poll-interval:2s}", initialDelay = "${alignment.backfill.initial-delay:2s}")
    void claimWaitingJobs() {
        if (stopping) {
            return;
        }
        Instant now = now();
        if (!running.isEmpty()) {
            jobs.renewLeases(owner, now.plus(configuration.lease()));
        }
        int free = configuration.concurrency() - running.size();
        if (free <= 0) {
            return;
        }
        Set<String> busyBrands = new HashSet<>(jobs.findBusyBrands(now));
        busyBrands.addAll(running.values());
        for (BackfillJob job : jobs.findRunnable(now, free * 4 + busyBrands.size())) {
            if (running.size() >= configuration.concurrency()) {
                return;
            }
            if (busyBrands.contains(job.brandId()) || jobs.claim(job.id(), job.revision(), owner, now.plus(configuration.lease()), now) == 0) {
                continue;
            }
            busyBrands.add(job.brandId());
            running.put(job.id(), job.brandId());
            executor.execute(() -> {
                try {
                    run(job);
                } catch (RuntimeException e) {
                    if (stopping) {
                        return;
                    }
                    LOG.error("Backfill job {} stopped on an unexpected error; it resumes once its lease runs out", job.id(), e);
                } finally {
                    running.remove(job.id());
                }
            });
        }
    }

    private void run(BackfillJob job) {
        ZoneId zone = ZoneId.of(job.timeZone());
        List<DayError> dayErrors = errors.read(job.errors());
        int done = job.daysDone();
        LOG.info("Backfill job {} of brand {} runs from {} to {} ({} of {} days done)", job.id(), job.brandId(), job.resumeDay(), job.toDay(),
                done, job.daysTotal());
        for (LocalDate day = job.resumeDay(); !day.isAfter(job.toDay()); day = day.plusDays(1)) {
            if (stopping) {
                return;
            }
            try {
                computeDay(job, day, zone);
                done++;
            } catch (UnknownBrand e) {
                dayErrors = BackfillErrors.plus(dayErrors, new DayError(day, "promise-service no longer knows brand " + job.brandId()));
                jobs.checkpoint(job.id(), owner, day, done, errors.write(dayErrors), leaseEnd());
                jobs.finish(job.id(), owner, BackfillState.FAILED.name(), now());
                return;
            } catch (DayAbandoned e) {
                dayErrors = BackfillErrors.plus(dayErrors, new DayError(day, e.getMessage()));
            }
            if (jobs.checkpoint(job.id(), owner, day.plusDays(1), done, errors.write(dayErrors), leaseEnd()) == 0) {
                LOG.info("Backfill job {} stops: it was cancelled or taken over", job.id());
                return;
            }
        }
        BackfillState end = dayErrors.isEmpty() ? BackfillState.SUCCEEDED : BackfillState.FAILED;
        jobs.finish(job.id(), owner, end.name(), now());
        LOG.info("Backfill job {} of brand {} {}: {} of {} days computed", job.id(), job.brandId(), end, done, job.daysTotal());
    }

    private void computeDay(BackfillJob job, LocalDate day, ZoneId zone) {
        Instant asOf = DayEnd.of(day, zone);
        for (int attempt = 1; ; attempt++) {
            try {
                recomputes.recompute(job.brandId(), asOf, SnapshotOrigin.BACKFILL);
                return;
            } catch (DependencyUnavailableException e) {
                if (attempt >= configuration.attemptsPerDay()) {
                    throw new DayAbandoned(e.dependency() + " is unavailable; tried " + attempt + " times");
                }
                pause();
            } catch (DependencyRefusal e) {
                throw new DayAbandoned(e.dependency() + " refused a question of the recompute (" + e.status() + "); this is a defect, logged");
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(configuration.retryAfter());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between attempts", e);
        }
    }

    private Instant leaseEnd() {
        return now().plus(configuration.lease());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Stops before the next day; the leases run out and another start (or instance) goes on from the checkpoints. */
    @PreDestroy
    void stop() {
        stopping = true;
        executor.shutdownNow();
    }

    /** A day given up after its retries, with why. */
    private static final class DayAbandoned extends RuntimeException {
        DayAbandoned(String message) {
            super(message, null, false, false);
        }
    }
}
