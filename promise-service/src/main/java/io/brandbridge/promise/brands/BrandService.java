package io.brandbridge.promise.brands;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.paging.Page;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.promise.data.IntegrityViolations;
import io.brandbridge.promise.data.Timestamps;
import io.brandbridge.defaults.conditional.ETags;
import io.brandbridge.promise.paging.CreatedCursor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Singleton
public class BrandService {

    private final BrandRepository brands;
    private final BrandAccess access;
    private final List<BrandDependents> dependents;
    private final Clock clock;

    BrandService(BrandRepository brands, BrandAccess access, List<BrandDependents> dependents, Clock clock) {
        this.brands = brands;
        this.access = access;
        this.dependents = dependents;
        this.clock = clock;
    }

    /** New brands are only for callers who see every brand: anyone else could not even read what they created. */
    @Transactional
    public Brand create(Caller caller, BrandRequest request) {
        if (!caller.allBrands()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only a caller whose scope covers every brand may create brands");
        }
        if (brands.existsBySlug(request.slug())) {
            throw slugTaken(request.slug());
        }
        Instant now = now();
        Brand brand = new Brand(Ids.newId("brd"), request.name(), request.slug(), request.timeZoneOrDefault(), 0, now, now);
        try {
            return brands.save(brand);
        } catch (DataAccessException e) {
            throw IntegrityViolations.isCause(e) ? slugTaken(request.slug()) : e;
        }
    }

    public Page<Brand> list(Caller caller, int limit, @Nullable String cursor) {
        CreatedCursor after = CreatedCursor.decode(cursor);
        List<Brand> rows;
        if (caller.allBrands()) {
            rows = brands.pageAfter(after.createdAt(), after.id(), limit + 1);
        } else if (caller.brands().isEmpty()) {
            rows = List.of();
        } else {
            rows = brands.pageAfterAmong(caller.brands(), after.createdAt(), after.id(), limit + 1);
        }
        return Page.of(rows, limit, b -> CreatedCursor.sortKey(b.createdAt(), b.id()), b -> b);
    }

    @Transactional
    public Brand update(Caller caller, String brandId, @Nullable String ifMatch, BrandRequest request) {
        Brand current = access.require(caller, brandId);
        ETags.require(ifMatch, BrandResponse.etagOf(current));
        if (brands.existsBySlugAndIdNotEqual(request.slug(), brandId)) {
            throw slugTaken(request.slug());
        }
        long changed;
        try {
            changed = brands.updateIfRevision(brandId, current.revision(), request.name(), request.slug(),
                    request.timeZoneOrDefault(), now());
        } catch (DataAccessException e) {
            throw IntegrityViolations.isCause(e) ? slugTaken(request.slug()) : e;
        }
        if (changed == 0) {
            throw ETags.stale();
        }
        return brands.findById(brandId).orElseThrow();
    }

    /** 404 for a brand out of scope, 409 while this service still has something that keeps the brand; checked again on delete. */
    @Transactional(readOnly = true)
    void refuseDeletionWhileInUse(Caller caller, String brandId) {
        access.require(caller, brandId);
        refuseWhileInUse(brandId);
    }

    /** This service's part of {@link BrandDeletion}: the brand and what goes with it here. */
    @Transactional
    void delete(Caller caller, String brandId) {
        access.require(caller, brandId);
        refuseWhileInUse(brandId);
        dependents.forEach(d -> d.deleteWith(brandId));
        try {
            brands.deleteById(brandId);
        } catch (DataAccessException e) {
            // A promise created concurrently still refers to the brand.
            throw IntegrityViolations.isCause(e) ? ProblemException.conflict("Brand '" + brandId + "' cannot be deleted: it is in use") : e;
        }
    }

    private void refuseWhileInUse(String brandId) {
        for (BrandDependents dependent : dependents) {
            dependent.blockingReason(brandId).ifPresent(reason -> {
                throw ProblemException.conflict("Brand '" + brandId + "' cannot be deleted: " + reason);
            });
        }
    }

    private Instant now() {
        return Timestamps.now(clock);
    }

    private static ProblemException slugTaken(String slug) {
        return ProblemException.conflict("A brand with slug '" + slug + "' already exists");
    }
}
