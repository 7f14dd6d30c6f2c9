package io.brandbridge.alignment.snapshots;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The brands the scheduler recomputes: registered when first recomputed, read or discovered; forgotten when they no longer exist. */
@Singleton
public class KnownBrands {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final KnownBrandRepository repository;
    private final DeletedBrandRepository deleted;
    private final Clock clock;

    public KnownBrands(KnownBrandRepository repository, DeletedBrandRepository deleted, Clock clock) {
        this.repository = repository;
        this.deleted = deleted;
        this.clock = clock;
    }

    public void register(String brandId) {
        // An id that no service could have issued is never a brand; asking about it must not store it, nor about a deleted one.
        if (!WELL_FORMED.matcher(brandId).matches() || repository.existsById(brandId) || deleted.existsById(brandId)) {
            return;
        }
        try {
            // Late data is looked for from the moment a brand is known: what was stored before, its first snapshots already hold.
            Instant now = clock.instant();
            repository.save(new KnownBrandEntity(brandId, now, null, null, null, null, now));
        } catch (DataAccessException e) {
            // Registered meanwhile by a concurrent request; that is all we wanted.
            if (!repository.existsById(brandId)) {
                throw e;
            }
        }
    }

    public List<String> all() {
        return repository.findAllBrandIds();
    }

    public void recordSuccess(String brandId) {
        repository.recordSuccess(brandId, clock.instant());
    }

    public void recordOutage(String brandId, String dependency) {
        repository.recordOutage(brandId, clock.instant(), dependency);
    }

    /** Where the brand's next late-data check starts: the watermark its last one was given; empty before the first. */
    public Optional<Instant> changesSince(String brandId) {
        return repository.findChangesSince(brandId);
    }

    public void recordChangesSince(String brandId, Instant watermark) {
        repository.recordChangesSince(brandId, watermark);
    }

    public void forget(String brandId) {
        repository.deleteById(brandId);
    }

    /** The brand was deleted: it is forgotten, and never registered again. */
    public void delete(String brandId) {
        if (!deleted.existsById(brandId)) {
            try {
                deleted.save(new DeletedBrandEntity(brandId, clock.instant()));
            } catch (DataAccessException e) {
                // Deleted meanwhile by a concurrent request; that is all we wanted.
                if (!deleted.existsById(brandId)) {
                    throw e;
                }
            }
        }
        repository.deleteById(brandId);
    }

    public boolean isDeleted(String brandId) {
        return deleted.existsById(brandId);
    }
}
