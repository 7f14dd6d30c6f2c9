package io.brandbridge.alignment.deletion;

import io.brandbridge.alignment.backfill.BackfillJobRepository;
import io.brandbridge.alignment.recompute.RecomputeService;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.alignment.snapshots.SnapshotStore;
import io.brandbridge.alignment.webhooks.delivery.DeliveryRetention;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes everything alignment keeps of a deleted brand: its snapshots, backfill jobs, webhook subscriptions, known-brand row and what this instance
 * remembers of it. The brand is marked deleted first, so a recompute or backfill day running meanwhile stores nothing for it.
 */
@Singleton
public class BrandDeletion {

    private static final Logger LOG = LoggerFactory.getLogger(BrandDeletion.class);

    private final KnownBrands knownBrands;
    private final BackfillJobRepository jobs;
    private final SnapshotStore store;
    private final RecomputeService recomputes;
    private final DeliveryRetention webhooks;

    BrandDeletion(KnownBrands knownBrands, BackfillJobRepository jobs, SnapshotStore store, RecomputeService recomputes, DeliveryRetention webhooks) {
        this.webhooks = webhooks;
        this.knownBrands = knownBrands;
        this.jobs = jobs;
        this.store = store;
        this.recomputes = recomputes;
    }

    public void delete(String brandId) {
        knownBrands.delete(brandId);
        long jobsDeleted = jobs.deleteByBrandId(brandId);
        int snapshots = store.deleteBrand(brandId);
        recomputes.forget(brandId);
        webhooks.deleteBrand(brandId);
        LOG.info("Brand {} deleted: {} snapshot(s) and {} backfill job(s) removed", brandId, snapshots, jobsDeleted);
    }
}
