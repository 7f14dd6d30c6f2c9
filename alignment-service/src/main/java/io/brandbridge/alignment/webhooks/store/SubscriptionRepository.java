package io.brandbridge.alignment.webhooks.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

/** Webhook subscriptions. Updates of what a user set go through {@link #updateIfVersion}, so two edits cannot both win. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface SubscriptionRepository extends CrudRepository<SubscriptionEntity, String> {

    @Query("SELECT * FROM webhook_subscription WHERE brand_id = :brandId AND state <> 'DISABLED'")
    List<SubscriptionEntity> findSendingByBrandId(String brandId);

    @Query("SELECT COUNT(*) FROM webhook_subscription WHERE brand_id = :brandId")
    long countByBrand(String brandId);

    @Query("SELECT * FROM webhook_subscription WHERE brand_id = :brandId AND (created_at > :createdAt OR created_at = :createdAt AND id > :id) "
            + "ORDER BY created_at, id LIMIT :limit")
    List<SubscriptionEntity> findPageAfter(String brandId, Instant createdAt, String id, int limit);

    @Query("SELECT * FROM webhook_subscription WHERE brand_id = :brandId ORDER BY created_at, id LIMIT :limit")
    List<SubscriptionEntity> findFirstPage(String brandId, int limit);

    @Query("UPDATE webhook_subscription SET url = :url, events = :events, description = :description, state = :state, problem = :problem, "
            + "secret = :secret, previous_secret = :previousSecret, previous_secret_until = :previousSecretUntil, "
            + "version = version + 1, updated_at = :updatedAt WHERE id = :id AND version = :version")
    long updateIfVersion(String id, int version, String url, String events, @Nullable String description, SubscriptionState state,
                         @Nullable String problem, String secret, @Nullable String previousSecret, @Nullable Instant previousSecretUntil,
                         Instant updatedAt);

    @Query("DELETE FROM webhook_subscription WHERE id = :id AND version = :version")
    long deleteIfVersion(String id, int version);

    /** What deliveries learn of a receiver; a disabled subscription stays disabled whatever a delivery in flight reports. */
    @Query("UPDATE webhook_subscription SET state = :state, problem = :problem, updated_at = :updatedAt WHERE id = :id AND state <> 'DISABLED'")
    long recordHealth(String id, SubscriptionState state, @Nullable String problem, Instant updatedAt);

    @Query("DELETE FROM webhook_subscription WHERE brand_id = :brandId")
    void deleteByBrand(String brandId);
}
