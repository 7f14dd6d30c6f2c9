package io.brandbridge.touchpoint.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TouchpointRepository extends CrudRepository<Touchpoint, String> {

    void update(@Id String id, TouchpointType type, String name, String owner, String region,
                @Nullable String vendor, String timeZone, Instant updatedAt);

    @Query("SELECT seq FROM touchpoint WHERE id = :id")
    Optional<Integer> findSeq(String id);

    /** Locks the row so a delete cannot race an ingest into the same touchpoint. */
    @Query("SELECT seq FROM touchpoint WHERE id = :id FOR UPDATE")
    Optional<Integer> lockSeq(String id);

    /** 1 when the touchpoint has at least one interaction, else 0; stops at the first row. */
    @Query("SELECT COUNT(*) FROM (SELECT 1 FROM interaction WHERE touchpoint_seq = :seq LIMIT 1) t")
    long hasInteractions(int seq);

    @Query("DELETE FROM touchpoint_metric WHERE touchpoint_seq = :seq")
    void deleteMetricKeys(int seq);

    @Query("DELETE FROM operational_target WHERE touchpoint_id = :id")
    void deleteTargets(String id);
}
