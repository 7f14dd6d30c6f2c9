package io.brandbridge.promise.promises;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CommitmentRepository extends CrudRepository<Commitment, Long> {

    List<Commitment> findByVersionIdIn(Collection<String> versionIds);

    void deleteByVersionId(String versionId);

    @Query("""
            SELECT COUNT(*) FROM commitment c
            JOIN promise_version v ON v.id = c.version_id
            WHERE v.brand_id = :brandId AND c.metric = :metric""")
    long countByBrandAndMetric(String brandId, String metric);
}
