package io.brandbridge.alignment.webhooks.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

/** The attempts of deliveries, oldest first. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface AttemptRepository extends CrudRepository<AttemptEntity, Long> {

    @Query("SELECT * FROM webhook_attempt WHERE delivery_id IN (:deliveryIds) ORDER BY id")
    List<AttemptEntity> findByDeliveryIds(List<String> deliveryIds);

    @Query("DELETE FROM webhook_attempt WHERE delivery_id IN (:deliveryIds)")
    void deleteByDeliveryIds(List<String> deliveryIds);
}
