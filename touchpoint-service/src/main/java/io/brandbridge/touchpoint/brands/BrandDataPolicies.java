package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.security.Caller;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Reads and replaces brands' data policies; every reader sees the defaults for a brand that never set one. */
@Singleton
public class BrandDataPolicies {

    private final BrandDataPolicyRepository repository;
    private final Clock clock;

    BrandDataPolicies(BrandDataPolicyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The brand's policy, or the defaults; read on every push so a change applies to the next one on every instance. */
    public BrandDataPolicy policy(String brandId) {
        return repository.findById(brandId).map(BrandDataPolicyEntity::toPolicy).orElseGet(() -> BrandDataPolicy.defaults(brandId));
    }

    /** Brands that keep raw interactions for a limited number of days. */
    public List<BrandDataPolicy> withRetention() {
        return repository.findWithRetention().stream().map(BrandDataPolicyEntity::toPolicy).toList();
    }

    BrandDataPolicy read(String brandId, Caller caller) {
        BrandScope.require(brandId, caller);
        return policy(brandId);
    }

    BrandDataPolicy replace(String brandId, DataPolicyRequest request, Caller caller) {
        BrandScope.require(brandId, caller);
        BrandDataPolicyEntity entity = new BrandDataPolicyEntity(brandId, request.repeatWindowDays(), request.interactionRetentionDays(),
                request.piiGuard(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (repository.existsById(brandId)) {
            repository.update(entity);
        } else {
            repository.save(entity);
        }
        return entity.toPolicy();
    }

    /** Forgets the brand's policy when the brand goes. */
    public void delete(String brandId) {
        repository.deleteById(brandId);
    }
}
