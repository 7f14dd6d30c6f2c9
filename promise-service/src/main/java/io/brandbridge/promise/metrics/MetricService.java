package io.brandbridge.promise.metrics;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.brands.BrandAccess;
import io.brandbridge.promise.brands.BrandDependents;
import io.brandbridge.promise.data.IntegrityViolations;
import io.brandbridge.promise.data.Timestamps;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

@Singleton
public class MetricService implements BrandDependents {

    private final CustomMetricRepository customMetrics;
    private final BrandAccess brands;
    private final MetricUsage usage;
    private final Clock clock;

    MetricService(CustomMetricRepository customMetrics, BrandAccess brands, MetricUsage usage, Clock clock) {
        this.customMetrics = customMetrics;
        this.brands = brands;
        this.usage = usage;
        this.clock = clock;
    }

    @Transactional
    public CatalogueMetric create(Caller caller, String brandId, CreateMetricRequest request) {
        brands.require(caller, brandId);
        StandardMetrics.find(request.key()).ifPresent(standard -> {
            throw ProblemException.conflict("'" + request.key() + "' is a standard metric"
                    + (standard.derived() ? " the platform derives from journeys" : "") + "; choose another key");
        });
        if (customMetrics.findByBrandIdAndMetricKey(brandId, request.key()).isPresent()) {
            throw taken(request.key());
        }
        CustomMetric metric = new CustomMetric(null, brandId, request.key(), request.unit(), request.metricKind(),
                request.description() == null ? "" : request.description(), Timestamps.now(clock));
        try {
            return customMetrics.save(metric).toCatalogue();
        } catch (DataAccessException e) {
            throw IntegrityViolations.isCause(e) ? taken(request.key()) : e;
        }
    }

    public CatalogueMetric get(Caller caller, String brandId, String key) {
        brands.require(caller, brandId);
        return StandardMetrics.find(key)
                .or(() -> customMetrics.findByBrandIdAndMetricKey(brandId, key).map(CustomMetric::toCatalogue))
                .orElseThrow(() -> ProblemException.notFound("Metric", key));
    }

    /**
     * Locks the metric row before checking usage, and reads committed data, so a promise write that is storing
     * a commitment on this metric either finishes first (and is seen) or finds the metric gone.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public void delete(Caller caller, String brandId, String key) {
        brands.require(caller, brandId);
        if (StandardMetrics.isStandard(key)) {
            throw ProblemException.conflict("'" + key + "' is a standard metric and cannot be deleted");
        }
        CustomMetric metric = customMetrics.lockByBrandIdAndMetricKeys(brandId, List.of(key)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Metric", key));
        if (usage.isUsed(brandId, key)) {
            throw ProblemException.conflict("Metric '" + key + "' is measured by a commitment of a promise of this brand");
        }
        customMetrics.delete(metric);
    }

    @Override
    public void deleteWith(String brandId) {
        customMetrics.deleteByBrandId(brandId);
    }

    private static ProblemException taken(String key) {
        return ProblemException.conflict("This brand already has a metric '" + key + "'");
    }
}
