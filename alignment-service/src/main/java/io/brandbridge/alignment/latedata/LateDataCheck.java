package io.brandbridge.alignment.latedata;

import io.brandbridge.alignment.clients.promises.PromiseClient;
import io.brandbridge.alignment.clients.promises.PromiseClientFallback;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.clients.touchpoints.ChangesAnswer.ChangedDay;
import io.brandbridge.alignment.recompute.RecomputeService;
import io.brandbridge.alignment.recompute.RoundStep;
import io.brandbridge.alignment.recompute.UnknownBrand;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.snapshots.SnapshotKey;
import io.brandbridge.alignment.snapshots.SnapshotOrigin;
import io.brandbridge.alignment.snapshots.SnapshotStore;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Late data, in each scheduled round: touchpoint-service says which days' interactions changed since the brand's
 * watermark; every snapshot whose windows include such a day and whose computation began before the change is marked
 * out of date; then the last snapshot of each out-of-date day within the re-scoring bound is computed again at its own
 * asOf (a RESCORE, which reads then serve). Nothing rescans the interactions to find what changed.
 */
@Singleton
@Requires(property = "alignment.late-data.enabled", notEquals = "false")
public class LateDataCheck implements RoundStep {

    private static final Logger LOG = LoggerFactory.getLogger(LateDataCheck.class);

    private final ChangedDays changedDays;
    private final PromiseClient promises;
    private final SnapshotStore store;
    private final KnownBrands knownBrands;
    private final RecomputeService recomputes;
    private final LateDataConfiguration configuration;
    private final Clock clock;

    LateDataCheck(ChangedDays changedDays, PromiseClient promises, SnapshotStore store, KnownBrands knownBrands, RecomputeService recomputes,
                  LateDataConfiguration configuration, Clock clock) {
        this.changedDays = changedDays;
        this.promises = promises;
        this.store = store;
        this.knownBrands = knownBrands;
        this.recomputes = recomputes;
        this.configuration = configuration;
        this.clock = clock;
    }

    @Override
    public void run(String brandId) {
        ZoneId zone = zone(brandId);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate earliest = today.minusDays(configuration.rescoreDays());
        markChangedDays(brandId, zone, earliest);
        rescore(brandId, earliest, today);
    }

    /**
     * Marks what the changes since the watermark made out of date, then moves the watermark on. A brand known from before
     * late data was tracked has no watermark: its first check only sets one, rather than re-scoring all its history.
     */
    void markChangedDays(String brandId, ZoneId zone, LocalDate earliest) {
        Instant since = knownBrands.changesSince(brandId).orElse(null);
        if (since == null) {
            knownBrands.recordChangesSince(brandId, clock.instant());
            return;
        }
        ChangedDays.Changes changes = changedDays.since(brandId, since, earliest.atStartOfDay(zone).toInstant(), zone);
        long marked = 0;
        for (ChangedDay day : changes.days().values()) {
            marked += store.markOutOfDate(brandId, day.from(), day.to(), day.changedAt().plus(configuration.clockSkew()));
        }
        if (changes.watermark() != null) {
            knownBrands.recordChangesSince(brandId, changes.watermark());
        }
        if (marked > 0) {
            LOG.info("Late data for brand {} on {} day(s) put {} snapshot(s) out of date", brandId, changes.days().size(), marked);
        }
    }

    /** Today is left to the schedule's own recompute of the present; every earlier day in the bound is computed again. */
    void rescore(String brandId, LocalDate earliest, LocalDate today) {
        List<SnapshotKey> days = store.daysOutOfDate(brandId, earliest, today);
        for (SnapshotKey day : days) {
            recomputes.recompute(brandId, day.asOf(), SnapshotOrigin.RESCORE);
        }
        if (!days.isEmpty()) {
            LOG.info("Re-scored {} day(s) of brand {} whose data changed after they were computed", days.size(), brandId);
        }
    }

    private ZoneId zone(String brandId) {
        RemoteBrand brand = promises.brand(brandId).orElseThrow(() -> new UnknownBrand(brandId));
        if (PromiseClientFallback.isPlaceholder(brand)) {
            throw new DependencyUnavailableException("promise-service", "the brand's time zone could not be read", null);
        }
        return brand.zone();
    }
}
