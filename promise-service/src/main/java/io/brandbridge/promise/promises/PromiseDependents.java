package io.brandbridge.promise.promises;

import io.brandbridge.promise.brands.BrandDependents;
import io.brandbridge.promise.metrics.MetricUsage;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Keeps brands and metrics that promises refer to from being deleted. */
@Singleton
class PromiseDependents implements BrandDependents, MetricUsage {

    private final PromiseRepository promises;
    private final CommitmentRepository commitments;

    PromiseDependents(PromiseRepository promises, CommitmentRepository commitments) {
        this.promises = promises;
        this.commitments = commitments;
    }

    @Override
    public Optional<String> blockingReason(String brandId) {
        long count = promises.countByBrandId(brandId);
        return count == 0 ? Optional.empty() : Optional.of("it still has " + count + (count == 1 ? " promise" : " promises"));
    }

    @Override
    public boolean isUsed(String brandId, String metricKey) {
        return commitments.countByBrandAndMetric(brandId, metricKey) > 0;
    }
}
