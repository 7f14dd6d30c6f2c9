package io.brandbridge.alignment.snapshots;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots. The reads select only the columns they need (the document can be large) and walk the
 * (brand_id, as_of, computed_at) index newest first.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SnapshotRepository extends CrudRepository<SnapshotEntity, String> {

    String HEADER_COLUMNS = "id, brand_id, as_of, computed_at, local_day, time_zone, stale, summary";

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE brand_id = :brandId "
            + "ORDER BY as_of DESC, computed_at DESC, id DESC LIMIT 1")
    Optional<SnapshotHeader> findNewest(String brandId);

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE brand_id = :brandId AND as_of <= :asOf "
            + "ORDER BY as_of DESC, computed_at DESC, id DESC LIMIT 1")
    Optional<SnapshotHeader> findNewestAsOf(String brandId, Instant asOf);

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE id = :id")
    Optional<SnapshotHeader> findHeader(String id);

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE id IN (:ids)")
    List<SnapshotHeader> findHeaders(Collection<String> ids);

    @Query("SELECT document FROM alignment_snapshot WHERE id = :id")
    Optional<String> findDocument(String id);

    @Query("SELECT id, local_day, as_of, computed_at FROM alignment_snapshot WHERE brand_id = :brandId AND as_of >= :from AND as_of < :to")
    List<SnapshotKey> findKeysBetween(String brandId, Instant from, Instant to);

    @Query("UPDATE alignment_snapshot SET stale = TRUE WHERE id = :id")
    void markStale(String id);

    @Query("UPDATE alignment_snapshot SET stale = FALSE WHERE brand_id = :brandId AND stale = TRUE")
    void clearStale(String brandId);

    void deleteByIdIn(Collection<String> id);
}
