package io.brandbridge.promise.promises;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PromiseVersionRepository extends CrudRepository<PromiseVersion, String> {

    Optional<PromiseVersion> findByPromiseIdAndVersion(String promiseId, int version);

    @Query("""
            SELECT v.* FROM promise_version v
            JOIN promise p ON p.id = v.promise_id AND v.version = p.current_version
            WHERE p.id = :promiseId""")
    Optional<PromiseVersion> findCurrent(String promiseId);

    @Query("""
            SELECT v.* FROM promise_version v
            JOIN promise p ON p.id = v.promise_id AND v.version = p.current_version
            WHERE p.id IN (:promiseIds)""")
    List<PromiseVersion> findCurrentOf(Collection<String> promiseIds);

    @Query("""
            SELECT * FROM promise_version
            WHERE promise_id = :promiseId AND version > :afterVersion
            ORDER BY version LIMIT :limit""")
    List<PromiseVersion> pageOfPromise(String promiseId, int afterVersion, int limit);

    /** Versions in force at {@code at}: effective over the half-open interval [effectiveFrom, effectiveTo). */
    @Query("""
            SELECT v.* FROM promise_version v
            JOIN promise p ON p.id = v.promise_id
            WHERE v.brand_id = :brandId
              AND v.status IN ('ACTIVE', 'RETIRED')
              AND v.effective_from <= :at
              AND (v.effective_to IS NULL OR v.effective_to > :at)
            ORDER BY p.created_at, p.id""")
    List<PromiseVersion> inForce(String brandId, Instant at);

    /** Edits a draft only if the row is still at {@code revision}; answers the rows changed (0 when stale). */
    @Query("""
            UPDATE promise_version SET title = :title, statement = :statement, priority = :priority, revision = revision + 1
            WHERE id = :id AND revision = :revision""")
    long updateDraftIfRevision(String id, long revision, String title, String statement, int priority);

    /** Edits a scheduled version's content and start only if the row is still at {@code revision}; 0 when stale. */
    @Query("""
            UPDATE promise_version SET title = :title, statement = :statement, priority = :priority,
                   effective_from = :effectiveFrom, revision = revision + 1
            WHERE id = :id AND revision = :revision""")
    long updateScheduledIfRevision(String id, long revision, String title, String statement, int priority,
                                   Instant effectiveFrom);

    /** Moves a version through its lifecycle only if the row is still at {@code revision}; 0 when stale. */
    @Query("""
            UPDATE promise_version SET status = :status, effective_from = :effectiveFrom, effective_to = :effectiveTo,
                   revision = revision + 1
            WHERE id = :id AND revision = :revision""")
    long updateLifecycleIfRevision(String id, long revision, String status,
                                   @Nullable Instant effectiveFrom, @Nullable Instant effectiveTo);
}
