package io.brandbridge.touchpoint.targets;

import io.brandbridge.touchpoint.metrics.Comparison;
import io.micronaut.data.annotation.Id;
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

    void update(@Id String id, String metric, Comparison op, double threshold, TargetKind kind, String rationale, Instant updatedAt);
}
