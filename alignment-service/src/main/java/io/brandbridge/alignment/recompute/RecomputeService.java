package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.DependencyOutage;
import io.brandbridge.alignment.clients.DependencyRefusal;
import io.brandbridge.alignment.clients.promises.PromiseClient;
import io.brandbridge.alignment.clients.touchpoints.TouchpointClient;
import io.brandbridge.alignment.snapshots.HandoffMatrixState;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.snapshots.PromiseVersion;
import io.brandbridge.alignment.snapshots.Snapshot;
import io.brandbridge.alignment.snapshots.SnapshotConfiguration;
import io.brandbridge.alignment.snapshots.SnapshotHandoffs;
import io.brandbridge.alignment.snapshots.SnapshotOrigin;
import io.brandbridge.alignment.snapshots.SnapshotStore;
import io.brandbridge.defaults.requestid.RequestIdLogContext;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.core.propagation.PropagatedContext;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Recomputes a brand and stores the snapshot. When a dependency is down the last good snapshot stays
 * what reads serve, marked stale, and the caller gets a 503; the next successful recompute clears it.
 */
@Singleton
public class RecomputeService {

    private static final Logger LOG = LoggerFactory.getLogger(RecomputeService.class);

    /** A stored snapshot and what producing it took. */
    public record Outcome(Snapshot snapshot, int dependencyCalls, Duration took) {
    }

    private final PromiseClient promises;
    private final TouchpointClient touchpoints;
    private final SnapshotStore store;
    private final KnownBrands knownBrands;
    private final RecomputeConfiguration configuration;
    private final SnapshotConfiguration snapshots;
    private final Clock clock;
    // Calls block on HTTP; a virtual thread each is cheap, and BoundedCalls caps how many are in flight.
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    // One budget for the whole instance: ten recomputes at once put no more load on the other services than one.
    private final Semaphore callPermits;
    private final Map<Running, CompletableFuture<Outcome>> running = new ConcurrentHashMap<>();
    private final Semaphore onDemand;
    private final StandingPredicates standing;
    private final HandoffConfiguration handoffs;
    // Set while touchpoint-service does not answer handoffs, so an older deployment is logged once, not every round.
    private final AtomicBoolean handoffsUnanswered = new AtomicBoolean();

    private record Running(String brandId, Instant asOf) {
    }

    public RecomputeService(PromiseClient promises, TouchpointClient touchpoints, SnapshotStore store, KnownBrands knownBrands,
                            RecomputeConfiguration configuration, SnapshotConfiguration snapshots, HandoffConfiguration handoffs, Clock clock) {
        this.handoffs = handoffs;
        this.promises = promises;
        this.touchpoints = touchpoints;
        this.store = store;
        this.knownBrands = knownBrands;
        this.configuration = configuration;
        this.snapshots = snapshots;
        this.clock = clock;
        this.callPermits = new Semaphore(configuration.parallelism(), true);
        this.onDemand = new Semaphore(configuration.onDemandMax());
        this.standing = new StandingPredicates(configuration.registrationMemory(), clock);
    }

    /** The scheduled recompute of the present. */
    public Outcome recompute(String brandId, Instant requestedAsOf) {
        return recompute(brandId, requestedAsOf, SnapshotOrigin.SCHEDULE);
    }

    /**
     * @throws UnknownBrand when promise-service does not know the brand (it is then no longer recomputed)
     * @throws DependencyUnavailableException when a dependency is down (a recompute of the present marks the newest snapshot stale)
     * @throws DependencyRefusal when a dependency refused a question: a defect here, which marks nothing stale
     */
    public Outcome recompute(String brandId, Instant requestedAsOf, SnapshotOrigin origin) {
        try (PropagatedContext.Scope ignored = RequestIdLogContext.ensure()) {
            return recomputeWithId(brandId, requestedAsOf, origin);
        }
    }

    private Outcome recomputeWithId(String brandId, Instant requestedAsOf, SnapshotOrigin origin) {
        // Whole seconds: every database stores them exactly, so the asOf answered is the asOf stored and read back.
        Instant asOf = requestedAsOf.truncatedTo(ChronoUnit.SECONDS);
        if (knownBrands.isDeleted(brandId)) {
            throw new UnknownBrand(brandId);
        }
        knownBrands.register(brandId);
        long started = System.nanoTime();
        Instant startedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        BrandRecomputation.Result result;
        try {
            result = new BrandRecomputation(promises, touchpoints, executor, callPermits, standing, handoffs.window()).run(brandId, asOf);
        } catch (DependencyOutage e) {
            if (!origin.rewritesHistory()) {
                store.markNewestStale(brandId, e.dependency());
                knownBrands.recordOutage(brandId, e.dependency());
            }
            LOG.warn("Recompute ({}) of brand {} as of {} failed: {} is unavailable", origin, brandId, asOf, e.dependency());
            throw new DependencyUnavailableException(e.dependency(), "recompute could not complete", e);
        } catch (DependencyRefusal e) {
            LOG.error("Recompute ({}) of brand {} as of {} asked {} a question it refused; the snapshots are left as they were",
                    origin, brandId, asOf, e.dependency(), e);
            throw e;
        } catch (UnknownBrand e) {
            knownBrands.forget(brandId);
            throw e;
        }
        Snapshot snapshot = store.save(brandId, asOf, result.zone(), result.promises().stream().map(p -> new PromiseVersion(p.id(), p.version())).toList(),
                result.alignment(), handoffs(result), startedAt, clock.instant().truncatedTo(ChronoUnit.SECONDS), origin);
        if (knownBrands.isDeleted(brandId)) {
            // Deleted while this recompute ran: what it stored goes too.
            store.deleteBrand(brandId);
            throw new UnknownBrand(brandId);
        }
        if (!origin.rewritesHistory()) {
            knownBrands.recordSuccess(brandId);
        }
        store.prune(brandId, clock.instant().minus(snapshots.intradayRetention()));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Recomputed ({}) brand {} as of {} in {} ms with {} calls to other services", origin, brandId, asOf, took.toMillis(), result.calls());
        return new Outcome(snapshot, result.calls(), took);
    }

    private SnapshotHandoffs handoffs(BrandRecomputation.Result result) {
        if (result.handoffsAnswered()) {
            if (handoffsUnanswered.compareAndSet(true, false)) {
                LOG.info("touchpoint-service answers handoffs again; snapshots keep the handoff matrix");
            }
            return new SnapshotHandoffs(HandoffMatrixState.KEPT, result.handoffs());
        }
        if (handoffsUnanswered.compareAndSet(false, true)) {
            LOG.warn("touchpoint-service answers POST /api/v1/stats/handoffs with 404 (a deployment from before journeys); snapshots keep no "
                    + "handoff matrix until it answers");
        }
        return new SnapshotHandoffs(HandoffMatrixState.UNANSWERED, result.handoffs());
    }

    /** Forgets what this instance remembers of a deleted brand. */
    public void forget(String brandId) {
        standing.forget(brandId);
    }

    /**
     * Starts a recompute on its own thread; the caller decides how long to wait for it. A request for a
     * brand and second already being computed joins that run instead of starting a second one. The run carries the
     * caller's request id into its threads and calls.
     *
     * @throws OnDemandLimitReached when alignment.recompute.on-demand-max runs are already going on (nothing is started)
     */
    public CompletableFuture<Outcome> start(String brandId, Instant asOf) {
        Running key = new Running(brandId, asOf.truncatedTo(ChronoUnit.SECONDS));
        CompletableFuture<Outcome> run = new CompletableFuture<>();
        CompletableFuture<Outcome> joined = running.putIfAbsent(key, run);
        if (joined != null) {
            return joined;
        }
        if (!onDemand.tryAcquire()) {
            running.remove(key, run);
            throw new OnDemandLimitReached(configuration.onDemandMax());
        }
        executor.execute(PropagatedContext.wrapCurrent(() -> {
            // Leaves the map and frees its place before completing, so whoever sees the run finished and asks again starts a new one.
            try {
                Outcome outcome = recompute(key.brandId(), key.asOf(), SnapshotOrigin.ON_DEMAND);
                finish(key, run);
                run.complete(outcome);
            } catch (Throwable e) {
                finish(key, run);
                run.completeExceptionally(e);
            }
        }));
        return run;
    }

    private void finish(Running key, CompletableFuture<Outcome> run) {
        running.remove(key, run);
        onDemand.release();
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }
}
