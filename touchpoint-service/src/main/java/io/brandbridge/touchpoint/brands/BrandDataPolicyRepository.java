package io.brandbridge.touchpoint.brands;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface BrandDataPolicyRepository extends CrudRepository<BrandDataPolicyEntity, String> {

    /** The brands that set a retention, for the daily removal of old interactions. */
    @Query("SELECT * FROM brand_data_policy WHERE interaction_retention_days IS NOT NULL ORDER BY brand_id")
    List<BrandDataPolicyEntity> findWithRetention();
}
