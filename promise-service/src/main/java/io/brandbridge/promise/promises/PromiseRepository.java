package io.brandbridge.promise.promises;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PromiseRepository extends CrudRepository<Promise, String> {

    long countByBrandId(String brandId);

    @Query("UPDATE promise SET current_version = :currentVersion WHERE id = :id")
    long updateCurrentVersion(String id, int currentVersion);

    /**
     * A page of a brand's promises whose current version has one of {@code statuses} and, unless
     * {@code anyType}, covers {@code touchpointType}; oldest first, then by id.
     */
    @Query("""
            SELECT p.* FROM promise p
            JOIN promise_version v ON v.promise_id = p.id AND v.version = p.current_version
            WHERE p.brand_id = :brandId
              AND v.status IN (:statuses)
              AND (:anyType = TRUE OR EXISTS (SELECT 1 FROM promise_touchpoint_type t
                                              WHERE t.version_id = v.id AND t.touchpoint_type = :touchpointType))
              AND (p.created_at > :afterCreatedAt OR (p.created_at = :afterCreatedAt AND p.id > :afterId))
            ORDER BY p.created_at, p.id
            LIMIT :limit""")
    List<Promise> pageOfBrand(String brandId, Collection<String> statuses, boolean anyType, String touchpointType,
                              Instant afterCreatedAt, String afterId, int limit);
}
