package io.brandbridge.alignment.webhooks.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox. A worker claims a delivery with a lease, so a second instance, or this one after a crash, sends it only once the lease ran out. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface DeliveryRepository extends CrudRepository<DeliveryEntity, Long> {

    @Query("SELECT * FROM webhook_delivery WHERE id = :id")
    Optional<DeliveryEntity> findByDeliveryId(String id);

    /**
     * Due deliveries that head their subscription's queue: the oldest pending one of each sending subscription, so a
     * subscription's events go out one at a time and in order.
     */
    @Query("SELECT d.* FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.webhook_id "
            + "WHERE d.state = 'PENDING' AND d.next_attempt_at <= :now AND (d.lease_until IS NULL OR d.lease_until < :now) "
            + "AND s.state <> 'DISABLED' "
            + "AND d.seq = (SELECT MIN(p.seq) FROM webhook_delivery p WHERE p.webhook_id = d.webhook_id AND p.state = 'PENDING') "
            + "ORDER BY d.next_attempt_at LIMIT :limit")
    List<DeliveryEntity> findDueHeads(Instant now, int limit);

    @Query("UPDATE webhook_delivery SET lease_until = :leaseUntil WHERE seq = :seq AND state = 'PENDING' "
            + "AND (lease_until IS NULL OR lease_until < :now)")
    long claim(long seq, Instant now, Instant leaseUntil);

    @Query("UPDATE webhook_delivery SET state = :state, attempts = :attempts, next_attempt_at = :nextAttemptAt, lease_until = NULL, "
            + "finished_at = :finishedAt WHERE seq = :seq")
    void recordAttempt(long seq, DeliveryState state, int attempts, @Nullable Instant nextAttemptAt, @Nullable Instant finishedAt);

    @Query("SELECT * FROM webhook_delivery WHERE webhook_id = :webhookId ORDER BY seq DESC LIMIT :limit")
    List<DeliveryEntity> findNewest(String webhookId, int limit);

    @Query("SELECT * FROM webhook_delivery WHERE webhook_id = :webhookId AND seq < :before ORDER BY seq DESC LIMIT :limit")
    List<DeliveryEntity> findOlder(String webhookId, long before, int limit);

    @Query("UPDATE webhook_delivery SET payload = NULL WHERE created_at < :cutoff AND state <> 'PENDING' AND payload IS NOT NULL")
    long dropBodiesBefore(Instant cutoff);

    @Query("SELECT id FROM webhook_delivery WHERE created_at < :cutoff AND state <> 'PENDING' LIMIT 1000")
    List<String> findIdsFinishedBefore(Instant cutoff);

    @Query("DELETE FROM webhook_delivery WHERE id IN (:ids)")
    void deleteByIds(List<String> ids);

    @Query("SELECT id FROM webhook_delivery WHERE webhook_id = :webhookId")
    List<String> findIdsByWebhook(String webhookId);

    @Query("DELETE FROM webhook_delivery WHERE webhook_id = :webhookId")
    void deleteByWebhook(String webhookId);

    @Query("SELECT id FROM webhook_delivery WHERE brand_id = :brandId")
    List<String> findIdsByBrand(String brandId);

    @Query("DELETE FROM webhook_delivery WHERE brand_id = :brandId")
    void deleteByBrand(String brandId);
}
