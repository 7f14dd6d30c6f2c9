package io.brandbridge.touchpoint.touchpoints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface TouchpointRepository extends CrudRepository<Touchpoint, String> {

    /** Applies an edit only if nobody changed the row since {@code revision} was read; answers the rows changed. */
    @Query("""
            UPDATE touchpoint SET type = :type, name = :name, owner = :owner, region = :region, vendor = :vendor,
            time_zone = :timeZone, revision = revision + 1, updated_at = :updatedAt
            WHERE id = :id AND revision = :revision""")
    long updateIfRevision(String id, long revision, String type, String name, String owner, String region,
                          @Nullable String vendor, String timeZone, Instant updatedAt);

    /** Deletes the row only in the state {@code revision} names; answers the rows deleted. */
    @Query("DELETE FROM touchpoint WHERE id = :id AND revision = :revision")
    long deleteIfRevision(String id, long revision);

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

    @Query("DELETE FROM interaction_change_hour WHERE touchpoint_seq = :seq")
    void deleteChangeHours(int seq);

    @Query("DELETE FROM stats_predicate_touchpoint WHERE touchpoint_seq = :seq")
    void deleteStandingPredicates(int seq);

    @Query("DELETE FROM operational_target WHERE touchpoint_id = :id")
    void deleteTargets(String id);

    @Query("DELETE FROM mapping_profile WHERE touchpoint_seq = :seq")
    void deleteMappingProfiles(int seq);

    @Query("DELETE FROM ingest_push WHERE touchpoint_seq = :seq")
    void deletePushLog(int seq);
}
