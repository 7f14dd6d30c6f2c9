package io.brandbridge.alignment.snapshots;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Snapshots. The reads select only the columns they need (the document can be large) and walk the
 * (brand_id, as_of, computed_at) index newest first; computations in the same second are told apart by when they began.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SnapshotRepository extends CrudRepository<SnapshotEntity, String> {

    String HEADER_COLUMNS = "id, brand_id, as_of, computed_at, local_day, time_zone, stale, summary, out_of_date, origin";

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE brand_id = :brandId "
            + "ORDER BY as_of DESC, computed_at DESC, started_at DESC, id DESC LIMIT 1")
    Optional<SnapshotHeader> findNewest(String brandId);

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE brand_id = :brandId AND as_of <= :asOf "
            + "ORDER BY as_of DESC, computed_at DESC, started_at DESC, id DESC LIMIT 1")
    Optional<SnapshotHeader> findNewestAsOf(String brandId, Instant asOf);

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE id = :id")
    Optional<SnapshotHeader> findHeader(String id);

    @Query("SELECT " + HEADER_COLUMNS + " FROM alignment_snapshot WHERE id IN (:ids)")
    List<SnapshotHeader> findHeaders(Collection<String> ids);

    @Query("SELECT document FROM alignment_snapshot WHERE id = :id")
    Optional<String> findDocument(String id);

    String KEY_COLUMNS = "id, local_day, as_of, computed_at, started_at, out_of_date";

    @Query("SELECT " + KEY_COLUMNS + " FROM alignment_snapshot WHERE brand_id = :brandId AND as_of >= :from AND as_of < :to")
    List<SnapshotKey> findKeysBetween(String brandId, Instant from, Instant to);

    /** Every snapshot of the days that hold more than one, at least one of them computed before {@code cutoff}: what pruning may thin. */
    @Query("SELECT " + KEY_COLUMNS + " FROM alignment_snapshot WHERE brand_id = :brandId AND local_day IN ("
            + "SELECT local_day FROM alignment_snapshot WHERE brand_id = :brandId GROUP BY local_day HAVING COUNT(*) > 1 AND MIN(computed_at) < :cutoff)")
    List<SnapshotKey> findKeysOfCrowdedDays(String brandId, Instant cutoff);

    /** Every snapshot of the days in [from, to) that hold an out-of-date one. */
    @Query("SELECT " + KEY_COLUMNS + " FROM alignment_snapshot WHERE brand_id = :brandId AND local_day IN ("
            + "SELECT local_day FROM alignment_snapshot WHERE brand_id = :brandId AND out_of_date = TRUE AND local_day >= :from AND local_day < :to)")
    List<SnapshotKey> findKeysOfDaysOutOfDate(String brandId, LocalDate from, LocalDate to);

    /**
     * Marks out of date every snapshot whose computation started before {@code startedBefore} and whose windows overlap [from, to):
     * its asOf is after from and its earliest window starts before to. Answers how many were marked.
     */
    @Query("UPDATE alignment_snapshot SET out_of_date = TRUE WHERE brand_id = :brandId AND out_of_date = FALSE AND as_of > :from "
            + "AND (window_from IS NULL OR window_from < :to) AND COALESCE(started_at, computed_at) < :startedBefore")
    long markOutOfDate(String brandId, Instant from, Instant to, Instant startedBefore);

    @Query("UPDATE alignment_snapshot SET stale = TRUE WHERE id = :id")
    void markStale(String id);

    @Query("UPDATE alignment_snapshot SET stale = FALSE WHERE brand_id = :brandId AND stale = TRUE")
    void clearStale(String brandId);

    void deleteByIdIn(Collection<String> id);

    @Query("SELECT id FROM alignment_snapshot WHERE brand_id = :brandId")
    List<String> findIdsByBrandId(String brandId);

    @Query("DELETE FROM alignment_snapshot WHERE brand_id = :brandId")
    void deleteByBrandId(String brandId);
}
