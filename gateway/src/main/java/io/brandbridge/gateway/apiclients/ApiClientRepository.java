package io.brandbridge.gateway.apiclients;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ApiClientRepository extends CrudRepository<ApiClientEntity, String> {

    Optional<ApiClientEntity> findByKeyHashAndRevokedAtIsNull(String keyHash);

    Optional<ApiClientEntity> findByIdAndRevokedAtIsNull(String id);

    @Query("SELECT * FROM api_client WHERE revoked_at IS NULL AND id > :after ORDER BY id LIMIT :limit")
    List<ApiClientEntity> findActiveAfter(String after, int limit);

    @Query("UPDATE api_client SET roles = :roles, brands = :brands, all_brands = :allBrands WHERE id = :id AND revoked_at IS NULL")
    long changeAccess(String id, String roles, String brands, boolean allBrands);

    @Query("UPDATE api_client SET revoked_at = :revokedAt WHERE id = :id AND revoked_at IS NULL")
    long revoke(String id, Instant revokedAt);
}
