package io.brandbridge.alignment.backfill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Backfill jobs. Every change of a running job is conditional on the lease its worker holds, so a job that was cancelled,
 * or taken over after its worker stopped renewing, is left alone by the worker that lost it.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface BackfillJobRepository extends CrudRepository<BackfillJob, String> {

    /** Jobs waiting, or running with a lease that ran out (their worker stopped), oldest first. */
    @Query("""
            SELECT * FROM alignment_backfill_job
            WHERE state IN ('QUEUED', 'RUNNING') AND (lease_until IS NULL OR lease_until < :now)
            ORDER BY created_at, id LIMIT :limit""")
    List<BackfillJob> findRunnable(Instant now, int limit);

    /** Brands with a job whose lease is live: one job per brand runs at a time. */
    @Query("SELECT DISTINCT brand_id FROM alignment_backfill_job WHERE state = 'RUNNING' AND lease_until >= :now")
    List<String> findBusyBrands(Instant now);

    @Query("SELECT COUNT(*) FROM alignment_backfill_job WHERE brand_id = :brandId AND state IN ('QUEUED', 'RUNNING')")
    long countUnfinished(String brandId);

    @Query("""
            UPDATE alignment_backfill_job
            SET state = 'RUNNING', lease_owner = :owner, lease_until = :until, started_at = COALESCE(started_at, :now), revision = revision + 1
            WHERE id = :id AND revision = :revision AND state IN ('QUEUED', 'RUNNING')""")
    long claim(String id, long revision, String owner, Instant until, Instant now);

    @Query("""
            UPDATE alignment_backfill_job SET next_day = :nextDay, days_done = :daysDone, errors = :errors, lease_until = :until,
                   revision = revision + 1
            WHERE id = :id AND lease_owner = :owner AND state = 'RUNNING'""")
    long checkpoint(String id, String owner, @Nullable LocalDate nextDay, int daysDone, String errors, Instant until);

    @Query("""
            UPDATE alignment_backfill_job SET state = :state, finished_at = :at, lease_owner = NULL, lease_until = NULL, revision = revision + 1
            WHERE id = :id AND lease_owner = :owner AND state = 'RUNNING'""")
    long finish(String id, String owner, String state, Instant at);

    @Query("""
            UPDATE alignment_backfill_job SET state = 'CANCELLED', finished_at = :at, lease_owner = NULL, lease_until = NULL, revision = revision + 1
            WHERE id = :id AND state IN ('QUEUED', 'RUNNING')""")
    long cancel(String id, Instant at);

    @Query("UPDATE alignment_backfill_job SET lease_until = :until WHERE lease_owner = :owner AND state = 'RUNNING'")
    long renewLeases(String owner, Instant until);

    /** A running job's worker finds its checkpoint gone and stops before its next day. */
    @Query("DELETE FROM alignment_backfill_job WHERE brand_id = :brandId")
    long deleteByBrandId(String brandId);
}
