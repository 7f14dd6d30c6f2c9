package io.brandbridge.promise.metrics;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CustomMetricRepository extends CrudRepository<CustomMetric, Long> {

    List<CustomMetric> findByBrandIdOrderByMetricKey(String brandId);

    Optional<CustomMetric> findByBrandIdAndMetricKey(String brandId, String metricKey);

    /** Reads and locks the rows, so a metric cannot be deleted while a commitment that uses it is being stored. */
    @Query("SELECT * FROM custom_metric WHERE brand_id = :brandId AND metric_key IN (:keys) FOR UPDATE")
    List<CustomMetric> lockByBrandIdAndMetricKeys(String brandId, Collection<String> keys);

    void deleteByBrandId(String brandId);
}
