package io.brandbridge.promise.brands;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface BrandRepository extends CrudRepository<Brand, String> {

    boolean existsBySlug(String slug);

    /** Reads and locks the row until the transaction ends, so writers that count what the brand holds take turns. */
    @Query("SELECT * FROM brand WHERE id = :id FOR UPDATE")
    Optional<Brand> lockById(String id);

    boolean existsBySlugAndIdNotEqual(String slug, String id);

    @Query("""
            SELECT * FROM brand
            WHERE created_at > :afterCreatedAt OR (created_at = :afterCreatedAt AND id > :afterId)
            ORDER BY created_at, id LIMIT :limit""")
    List<Brand> pageAfter(Instant afterCreatedAt, String afterId, int limit);

    @Query("""
            SELECT * FROM brand
            WHERE id IN (:ids) AND (created_at > :afterCreatedAt OR (created_at = :afterCreatedAt AND id > :afterId))
            ORDER BY created_at, id LIMIT :limit""")
    List<Brand> pageAfterAmong(Collection<String> ids, Instant afterCreatedAt, String afterId, int limit);

    /** Applies an edit only if nobody changed the row since {@code revision} was read; answers the rows changed. */
    @Query("""
            UPDATE brand SET name = :name, slug = :slug, time_zone = :timeZone, revision = revision + 1, updated_at = :updatedAt
            WHERE id = :id AND revision = :revision""")
    long updateIfRevision(String id, long revision, String name, String slug, String timeZone, Instant updatedAt);
}
