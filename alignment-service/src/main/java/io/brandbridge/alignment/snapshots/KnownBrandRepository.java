package io.brandbridge.alignment.snapshots;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The brands the scheduler recomputes. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface KnownBrandRepository extends CrudRepository<KnownBrandEntity, String> {

    @Query("SELECT brand_id FROM alignment_brand ORDER BY brand_id")
    List<String> findAllBrandIds();

    @Query("UPDATE alignment_brand SET last_attempt_at = :at, last_success_at = :at WHERE brand_id = :brandId")
    void recordSuccess(String brandId, Instant at);

    @Query("UPDATE alignment_brand SET last_attempt_at = :at, last_outage_at = :at, last_outage = :dependency WHERE brand_id = :brandId")
    void recordOutage(String brandId, Instant at, String dependency);

    @Query("SELECT changes_since FROM alignment_brand WHERE brand_id = :brandId AND changes_since IS NOT NULL")
    Optional<Instant> findChangesSince(String brandId);

    @Query("UPDATE alignment_brand SET changes_since = :watermark WHERE brand_id = :brandId")
    void recordChangesSince(String brandId, Instant watermark);

    /** Takes the brand's row until the transaction ends; changes to a brand's present are made one at a time under it. */
    @Query("SELECT brand_id FROM alignment_brand WHERE brand_id = :brandId FOR UPDATE")
    Optional<String> lock(String brandId);
}
