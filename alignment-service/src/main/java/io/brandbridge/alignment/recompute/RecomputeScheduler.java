package io.brandbridge.alignment.recompute;

import io.brandbridge.alignment.clients.promises.PromiseClient;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.clients.promises.RemoteBrandPage;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Recomputes every known brand as of now, every {@code alignment.recompute.interval} (default 5
 * minutes). Brands promise-service lists are registered first; if it is down, the known ones are still
 * recomputed (and their snapshots go stale).
 */
@Singleton
@Requires(property = "alignment.recompute.enabled", notEquals = "false")
public class RecomputeScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(RecomputeScheduler.class);
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES = 1_000;

    private final RecomputeService recomputes;
    private final KnownBrands knownBrands;
    private final PromiseClient promises;
    private final RecomputeConfiguration configuration;
    private final List<RoundStep> steps;
    private final Clock clock;
    private volatile boolean stopping;

    public RecomputeScheduler(RecomputeService recomputes, KnownBrands knownBrands, PromiseClient promises,
                              RecomputeConfiguration configuration, List<RoundStep> steps, Clock clock) {
        this.recomputes = recomputes;
        this.knownBrands = knownBrands;
        this.promises = promises;
        this.configuration = configuration;
        this.steps = steps;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${alignment.recompute.interval:5m}", initialDelay = "${alignment.recompute.initial-delay:30s}")
    void recomputeAll() {
        if (configuration.discoverBrands()) {
            discoverBrands();
        }
        for (String brandId : knownBrands.all()) {
            if (stopping) {
                return;
            }
            try {
                recomputes.recompute(brandId, clock.instant());
            } catch (DependencyUnavailableException | UnknownBrand e) {
                LOG.debug("Scheduled recompute of brand {} skipped: {}", brandId, e.getMessage());
                continue;
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.error("Scheduled recompute of brand {} failed", brandId, e);
                }
                continue;
            }
            runSteps(brandId);
        }
    }

    private void runSteps(String brandId) {
        for (RoundStep step : steps) {
            if (stopping) {
                return;
            }
            try {
                step.run(brandId);
            } catch (DependencyUnavailableException | UnknownBrand e) {
                LOG.debug("{} of brand {} skipped this round: {}", step.getClass().getSimpleName(), brandId, e.getMessage());
            } catch (RuntimeException e) {
                if (!stopping) {
                    LOG.error("{} of brand {} failed", step.getClass().getSimpleName(), brandId, e);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    private void discoverBrands() {
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            RemoteBrandPage brands = promises.brands(PAGE_SIZE, cursor);
            brands.items().stream().map(RemoteBrand::id).forEach(knownBrands::register);
            cursor = brands.nextCursor();
            if (cursor == null) {
                return;
            }
        }
    }
}
