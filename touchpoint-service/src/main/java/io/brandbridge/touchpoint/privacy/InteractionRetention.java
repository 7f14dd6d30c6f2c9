package io.brandbridge.touchpoint.privacy;

import io.brandbridge.touchpoint.brands.BrandDataPolicies;
import io.brandbridge.touchpoint.brands.BrandDataPolicy;
import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Removes the raw interactions a brand keeps no longer: those that occurred before the start of the UTC day
 * {@code interactionRetentionDays} ago. {@link InteractionsExpiring} goes out first, in its own transaction, so journeys forget
 * those contacts; then each touchpoint's rows go in chunks of {@code chunk-rows} by primary-key range, a chunk's interactions
 * and metric rows in one short transaction. Standing counters and change marks stay, so whole hours keep answering their counts.
 * A run that stops half way is completed by the next one.
 */
@Singleton
public class InteractionRetention {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionRetention.class);
    private static final int LOCK_CONFLICT_RETRIES = 5;

    /** What one run removed, for logs and tests. */
    public record Outcome(int brands, long interactions) {
    }

    private final TransactionOperations<Connection> transactions;
    private final BrandDataPolicies policies;
    private final ApplicationEventPublisher<InteractionsExpiring> events;
    private final RetentionSettings settings;
    private final Clock clock;

    InteractionRetention(TransactionOperations<Connection> transactions, BrandDataPolicies policies,
                         ApplicationEventPublisher<InteractionsExpiring> events, RetentionSettings settings, Clock clock) {
        this.transactions = transactions;
        this.policies = policies;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** The first instant a brand keeping {@code days} days still keeps at {@code now}. */
    static Instant cutoff(Instant now, int days) {
        return now.minus(Duration.ofDays(days)).truncatedTo(ChronoUnit.DAYS);
    }

    /** One pass over every brand with a retention; a brand that fails is logged and retried at the next run. */
    public Outcome run() {
        Instant now = clock.instant();
        int brands = 0;
        long removed = 0;
        for (BrandDataPolicy policy : policies.withRetention()) {
            try {
                removed += expire(policy.brandId(), cutoff(now, policy.interactionRetentionDays()));
                brands++;
            } catch (RuntimeException e) {
                LOG.warn("Removing old interactions of brand {} stopped; the next run continues", policy.brandId(), e);
            }
        }
        if (removed > 0) {
            LOG.info("Retention removed {} interactions of {} brands", removed, brands);
        }
        return new Outcome(brands, removed);
    }

    /** Removes the brand's interactions that occurred before {@code cutoff}; answers how many. */
    long expire(String brandId, Instant cutoff) {
        String before = DbTimes.sql(cutoff);
        List<Integer> touchpoints = write(connection -> touchpointSeqs(connection, brandId));
        if (touchpoints.isEmpty()) {
            return 0;
        }
        write(connection -> {
            events.publishEvent(new InteractionsExpiring(connection, List.copyOf(touchpoints), cutoff));
            return null;
        });
        long removed = 0;
        for (int seq : touchpoints) {
            List<Integer> metricIds = write(connection -> metricIds(connection, seq));
            while (true) {
                long chunk = withRetries(() -> write(connection -> deleteChunk(connection, seq, metricIds, before)));
                removed += chunk;
                if (chunk < settings.chunkRows()) {
                    break;
                }
            }
        }
        return removed;
    }

    /**
     * Deletes the next chunk of the touchpoint's expired interactions, the oldest first: the primary key of the chunk's last row
     * bounds a range of {@code interaction}'s and of each metric's {@code interaction_metric} rows. Answers the interactions deleted.
     */
    private long deleteChunk(Connection connection, int seq, List<Integer> metricIds, String before) throws SQLException {
        String lastAt;
        long lastId;
        try (PreparedStatement bound = connection.prepareStatement("SELECT occurred_at, id FROM interaction WHERE touchpoint_seq = ?"
                + " AND occurred_at < ? ORDER BY occurred_at, id LIMIT 1 OFFSET " + (settings.chunkRows() - 1))) {
            bound.setInt(1, seq);
            bound.setString(2, before);
            try (ResultSet rs = bound.executeQuery()) {
                if (rs.next()) {
                    lastAt = DbTimes.sql(DbTimes.fromDb(rs.getObject(1, LocalDateTime.class)));
                    lastId = rs.getLong(2);
                } else {
                    // Fewer than a chunk left: the rest up to the cutoff.
                    lastAt = null;
                    lastId = 0;
                }
            }
        }
        for (int metricId : metricIds) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM interaction_metric WHERE touchpoint_seq = ? AND metric_id = ?"
                    + upTo("interaction_id", lastAt != null))) {
                delete.setInt(1, seq);
                delete.setInt(2, metricId);
                bindRange(delete, 3, before, lastAt, lastId);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM interaction WHERE touchpoint_seq = ?" + upTo("id", lastAt != null))) {
            delete.setInt(1, seq);
            bindRange(delete, 2, before, lastAt, lastId);
            return delete.executeUpdate();
        }
    }

    /** Rows up to the chunk's last key (occurred_at, id), or, with no bound, every row before the cutoff. */
    private static String upTo(String idColumn, boolean bounded) {
        return bounded ? " AND (occurred_at < ? OR (occurred_at = ? AND " + idColumn + " <= ?))" : " AND occurred_at < ?";
    }

    private static void bindRange(PreparedStatement statement, int from, String before, String lastAt, long lastId) throws SQLException {
        if (lastAt == null) {
            statement.setString(from, before);
        } else {
            statement.setString(from, lastAt);
            statement.setString(from + 1, lastAt);
            statement.setLong(from + 2, lastId);
        }
    }

    private static List<Integer> touchpointSeqs(Connection connection, String brandId) throws SQLException {
        return ints(connection, "SELECT seq FROM touchpoint WHERE brand_id = ? ORDER BY seq", brandId);
    }

    /** Every metric numbered at the touchpoint, pushed or derived: each has its own range of metric rows. */
    private static List<Integer> metricIds(Connection connection, int seq) throws SQLException {
        return ints(connection, "SELECT metric_id FROM touchpoint_metric WHERE touchpoint_seq = ? ORDER BY metric_id", seq);
    }

    private static List<Integer> ints(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, parameter);
            List<Integer> values = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getInt(1));
                }
            }
            return values;
        }
    }

    /** A chunk that loses a deadlock against a push is tried again; its work is idempotent. */
    private static long withRetries(LongSupplier chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunk.getAsLong();
            } catch (RuntimeException e) {
                if (!SqlErrors.isLockConflict(e) || attempt >= LOCK_CONFLICT_RETRIES) {
                    throw e;
                }
            }
        }
    }

    private <T> T write(JdbcWork.Work<T> work) {
        return JdbcWork.write(transactions, "Removing old interactions failed", work);
    }
}
