package io.brandbridge.touchpoint.targets;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface TargetRepository extends CrudRepository<OperationalTarget, String> {

    Optional<OperationalTarget> findByIdAndTouchpointId(String id, String touchpointId);

    @Query("SELECT * FROM operational_target WHERE touchpoint_id = :touchpointId ORDER BY created_at, id LIMIT :limit")
    List<OperationalTarget> findFirstPage(String touchpointId, int limit);

    @Query("""
            SELECT * FROM operational_target
            WHERE touchpoint_id = :touchpointId AND (created_at > :createdAt OR (created_at = :createdAt AND id > :id))
            ORDER BY created_at, id LIMIT :limit""")
    List<OperationalTarget> findPageAfter(String touchpointId, Instant createdAt, String id, int limit);

    /** Applies an edit only if nobody changed the row since {@code revision} was read; answers the rows changed. */
    @Query("""
            UPDATE operational_target SET metric = :metric, op = :op, threshold = :threshold, kind = :kind, rationale = :rationale,
            revision = revision + 1, updated_at = :updatedAt
            WHERE id = :id AND revision = :revision""")
    long updateIfRevision(String id, long revision, String metric, String op, double threshold, String kind, String rationale, Instant updatedAt);

    /** Deletes the row only in the state {@code revision} names; answers the rows deleted. */
    @Query("DELETE FROM operational_target WHERE id = :id AND revision = :revision")
    long deleteIfRevision(String id, long revision);
}
