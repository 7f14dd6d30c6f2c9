package io.brandbridge.alignment.backfill;

import io.brandbridge.alignment.brands.BrandScope;
import io.brandbridge.alignment.clients.promises.PromiseClient;
import io.brandbridge.alignment.clients.promises.PromiseClientFallback;
import io.brandbridge.alignment.clients.promises.RemoteBrand;
import io.brandbridge.alignment.snapshots.KnownBrands;
import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.resilience.DependencyUnavailableException;
import io.brandbridge.defaults.security.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Creates, reads and cancels backfill jobs for the brands in the caller's scope; {@link BackfillWorker} runs them. */
@Singleton
public class BackfillService {

    private final BackfillJobRepository jobs;
    private final BackfillErrors errors;
    private final PromiseClient promises;
    private final BackfillConfiguration configuration;
    private final KnownBrands knownBrands;
    private final Clock clock;

    BackfillService(BackfillJobRepository jobs, BackfillErrors errors, PromiseClient promises, BackfillConfiguration configuration, KnownBrands knownBrands,
                    Clock clock) {
        this.jobs = jobs;
        this.knownBrands = knownBrands;
        this.errors = errors;
        this.promises = promises;
        this.configuration = configuration;
        this.clock = clock;
    }

    BackfillJobResponse create(Caller caller, String brandId, BackfillRequest request) {
        if (!BrandScope.mayAccess(caller, brandId) || knownBrands.isDeleted(brandId)) {
            throw ProblemException.notFound("Brand", brandId);
        }
        RemoteBrand brand = promises.brand(brandId).orElseThrow(() -> ProblemException.notFound("Brand", brandId));
        if (PromiseClientFallback.isPlaceholder(brand)) {
            throw new DependencyUnavailableException("promise-service", "the brand's time zone could not be read", null);
        }
        ZoneId zone = brand.zone();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        int days = BackfillRules.check(request, LocalDate.ofInstant(now, zone), zone.getId());
        if (jobs.countUnfinished(brandId) >= configuration.unfinishedPerBrand()) {
            throw ProblemException.conflict("Brand '" + brandId + "' already has " + configuration.unfinishedPerBrand()
                    + " backfill jobs waiting or running, the most it may have; wait for one to finish or cancel one");
        }
        BackfillJob job = jobs.save(new BackfillJob(Ids.newId("job"), brandId, zone.getId(), request.from(), request.to(), BackfillState.QUEUED,
                days, 0, null, errors.none(), caller.client(), null, null, now, null, null, 0));
        return BackfillJobResponse.from(job, errors.read(job.errors()));
    }

    BackfillJobResponse find(Caller caller, String jobId) {
        BackfillJob job = inScope(caller, jobId);
        return BackfillJobResponse.from(job, errors.read(job.errors()));
    }

    /** Cancels a waiting or running job; its worker stops before its next day, and the days already computed stay. */
    void cancel(Caller caller, String jobId) {
        BackfillJob job = inScope(caller, jobId);
        if (jobs.cancel(jobId, clock.instant().truncatedTo(ChronoUnit.MICROS)) == 0) {
            BackfillState state = jobs.findById(jobId).map(BackfillJob::state).orElse(job.state());
            throw ProblemException.conflict("Backfill job '" + jobId + "' has already finished (" + state + ") and cannot be cancelled");
        }
    }

    /** A job of a brand outside the caller's scope answers the same 404 as one that does not exist. */
    private BackfillJob inScope(Caller caller, String jobId) {
        return jobs.findById(jobId).filter(job -> BrandScope.mayAccess(caller, job.brandId()))
                .orElseThrow(() -> ProblemException.notFound("Backfill job", jobId));
    }
}
