package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.TouchpointLocks;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Upgrades the interactions a release before pseudonymisation stored (those up to {@code legacy_interaction_upgrade.last_legacy_id}
 * of their touchpoint): each raw customer_ref becomes the brand's current pseudonym, and journeys takes the rows in as if they had
 * just been pushed ({@link LegacyInteractionsPseudonymised}). Per touchpoint, in primary-key order, {@code chunk-rows} interactions
 * per short transaction that takes the touchpoint's ingest lock first, as pushes do, and moves the cursor in the same commit, so a
 * run that stops repeats at most the chunk it was in. The touchpoint's row goes when it is done.
 */
@Singleton
public class LegacyCustomerRefs {

    private static final Logger LOG = LoggerFactory.getLogger(LegacyCustomerRefs.class);
    private static final int LOCK_CONFLICT_RETRIES = 5;

    /** What one run upgraded, for logs and tests. */
    public record Outcome(int touchpoints, long interactions) {
    }

    private record Chunk(long upgraded, boolean finished) {
    }

    private record Stored(LocalDateTime occurredAt, long id, String externalId, String journeyId, String customerRef) {
    }

    private final TransactionOperations<Connection> transactions;
    private final Pseudonyms pseudonyms;
    private final ApplicationEventPublisher<LegacyInteractionsPseudonymised> events;
    private final LegacyUpgradeSettings settings;

    LegacyCustomerRefs(TransactionOperations<Connection> transactions, Pseudonyms pseudonyms,
                       ApplicationEventPublisher<LegacyInteractionsPseudonymised> events, LegacyUpgradeSettings settings) {
        this.transactions = transactions;
        this.pseudonyms = pseudonyms;
        this.events = events;
        this.settings = settings;
    }

    /** One pass over every touchpoint still to upgrade; one that fails is logged and continued by the next run. */
    public Outcome run() {
        List<Integer> pending = write(LegacyCustomerRefs::pendingTouchpoints);
        int touchpoints = 0;
        long upgraded = 0;
        for (int seq : pending) {
            try {
                upgraded += upgrade(seq);
                touchpoints++;
            } catch (RuntimeException e) {
                LOG.warn("Upgrading the interactions of touchpoint {} stored before pseudonymisation stopped; the next run continues", seq, e);
            }
        }
        if (upgraded > 0) {
            LOG.info("Pseudonymised and derived {} interactions stored before pseudonymisation, at {} touchpoints", upgraded, touchpoints);
        }
        return new Outcome(touchpoints, upgraded);
    }

    private long upgrade(int seq) {
        long upgraded = 0;
        while (true) {
            String brandId = write(connection -> brandOf(connection, seq));
            if (brandId == null) {
                // The touchpoint is gone, and with it its interactions.
                write(connection -> finish(connection, seq));
                return upgraded;
            }
            // Read outside the chunk's transaction, as a push reads them before its own: a first use stores the brand's key.
            Pseudonymiser hasher = pseudonyms.forBrand(brandId);
            Chunk chunk = withRetries(() -> write(connection -> chunk(connection, seq, brandId, hasher)));
            upgraded += chunk.upgraded();
            if (chunk.finished()) {
                return upgraded;
            }
        }
    }

    /** The next chunk after the cursor: pseudonymised, handed to journeys, the cursor moved; all under the touchpoint's lock. */
    private Chunk chunk(Connection connection, int seq, String brandId, Pseudonymiser hasher) throws SQLException {
        String touchpointId = touchpointId(connection, seq);
        try {
            TouchpointLocks.lock(connection, touchpointId, settings.lockWait());
        } catch (ProblemException gone) {
            return finish(connection, seq);
        }
        long lastLegacyId;
        LocalDateTime doneAt;
        long doneId;
        // Read under the lock: another instance's chunk committed before it is seen, so no chunk is done twice at once.
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT last_legacy_id, done_occurred_at, done_id FROM legacy_interaction_upgrade WHERE touchpoint_seq = ?")) {
            query.setInt(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return new Chunk(0, true);
                }
                lastLegacyId = rs.getLong(1);
                doneAt = rs.getObject(2, LocalDateTime.class);
                doneId = rs.getLong(3);
            }
        }
        List<Stored> rows = next(connection, seq, doneAt, doneId);
        if (rows.isEmpty()) {
            return finish(connection, seq);
        }
        Map<Long, Stored> legacy = new LinkedHashMap<>();
        for (Stored row : rows) {
            if (row.id() <= lastLegacyId && (row.journeyId() != null || row.customerRef() != null)) {
                legacy.put(row.id(), row);
            }
        }
        // A row journeys already holds was upgraded before (or pushed by this release): its customer_ref is a pseudonym.
        legacy.keySet().removeAll(derivedAlready(connection, seq, legacy.keySet()));
        if (!legacy.isEmpty()) {
            Map<Long, Map<String, Double>> metrics = metrics(connection, seq, legacy);
            List<LegacyInteractionsPseudonymised.Interaction> interactions = new ArrayList<>(legacy.size());
            for (Stored row : legacy.values()) {
                Map<String, Double> values = metrics.getOrDefault(row.id(), Map.of());
                String[] keys = values.keySet().toArray(String[]::new);
                double[] numbers = new double[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    numbers[i] = values.get(keys[i]);
                }
                String customer = row.customerRef() == null ? null : hasher.current(row.customerRef());
                List<String> aliases = row.customerRef() == null ? List.of() : List.of(hasher.aliases(row.customerRef()));
                interactions.add(new LegacyInteractionsPseudonymised.Interaction(row.id(), sql(row.occurredAt()),
                        row.externalId(), row.journeyId(), customer, aliases, keys, numbers));
            }
            events.publishEvent(new LegacyInteractionsPseudonymised(connection, brandId, seq, interactions));
            replaceCustomerRefs(connection, seq, interactions);
        }
        Stored last = rows.getLast();
        if (rows.size() < settings.chunkRows()) {
            finish(connection, seq);
            return new Chunk(legacy.size(), true);
        }
        try (PreparedStatement cursor = connection.prepareStatement(
                "UPDATE legacy_interaction_upgrade SET done_occurred_at = ?, done_id = ? WHERE touchpoint_seq = ?")) {
            cursor.setString(1, sql(last.occurredAt()));
            cursor.setLong(2, last.id());
            cursor.setInt(3, seq);
            cursor.executeUpdate();
        }
        return new Chunk(legacy.size(), false);
    }

    /** The touchpoint's next {@code chunk-rows} interactions after the cursor, in primary-key order. */
    private List<Stored> next(Connection connection, int seq, LocalDateTime doneAt, long doneId) throws SQLException {
        String after = doneAt == null ? "" : " AND (occurred_at > ? OR (occurred_at = ? AND id > ?))";
        try (PreparedStatement query = connection.prepareStatement("SELECT occurred_at, id, external_id, journey_id, customer_ref FROM interaction"
                + " WHERE touchpoint_seq = ?" + after + " ORDER BY occurred_at, id LIMIT " + settings.chunkRows())) {
            query.setInt(1, seq);
            if (doneAt != null) {
                String at = sql(doneAt);
                query.setString(2, at);
                query.setString(3, at);
                query.setLong(4, doneId);
            }
            List<Stored> rows = new ArrayList<>(settings.chunkRows());
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Stored(rs.getObject(1, LocalDateTime.class), rs.getLong(2), new String(rs.getBytes(3), StandardCharsets.UTF_8),
                            rs.getString(4), rs.getString(5)));
                }
            }
            return rows;
        }
    }

    private static Set<Long> derivedAlready(Connection connection, int seq, Set<Long> ids) throws SQLException {
        Set<Long> found = new HashSet<>();
        if (ids.isEmpty()) {
            return found;
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT interaction_id FROM journey_contact WHERE touchpoint_seq = ?"
                + " AND interaction_id IN (" + "?,".repeat(ids.size() - 1) + "?)")) {
            query.setInt(1, seq);
            int i = 2;
            for (long id : ids) {
                query.setLong(i++, id);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                }
            }
        }
        return found;
    }

    /** Every metric stored for the rows, pushed and derived keys alike, by interaction id: one range of each metric's rows. */
    private static Map<Long, Map<String, Double>> metrics(Connection connection, int seq, Map<Long, Stored> rows) throws SQLException {
        Map<String, Integer> ids = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT metric_key, metric_id FROM touchpoint_metric WHERE touchpoint_seq = ? ORDER BY metric_id")) {
            query.setInt(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (Stored row : rows.values()) {
            first = first == null || row.occurredAt().isBefore(first) ? row.occurredAt() : first;
            last = last == null || row.occurredAt().isAfter(last) ? row.occurredAt() : last;
        }
        Map<Long, Map<String, Double>> values = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT interaction_id, metric_value FROM interaction_metric"
                + " WHERE touchpoint_seq = ? AND metric_id = ? AND occurred_at >= ? AND occurred_at <= ?")) {
            for (Map.Entry<String, Integer> metric : ids.entrySet()) {
                query.setInt(1, seq);
                query.setInt(2, metric.getValue());
                query.setString(3, sql(first));
                query.setString(4, sql(last));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (rows.containsKey(rs.getLong(1))) {
                            values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(metric.getKey(), rs.getDouble(2));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static void replaceCustomerRefs(Connection connection, int seq, List<LegacyInteractionsPseudonymised.Interaction> interactions)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE interaction SET customer_ref = ? WHERE touchpoint_seq = ? AND occurred_at = ? AND id = ?")) {
            int batched = 0;
            for (LegacyInteractionsPseudonymised.Interaction i : interactions) {
                if (i.customer() == null) {
                    continue;
                }
                update.setString(1, i.customer());
                update.setInt(2, seq);
                update.setString(3, i.occurredAt());
                update.setLong(4, i.interactionId());
                update.addBatch();
                batched++;
            }
            if (batched > 0) {
                update.executeBatch();
            }
        }
    }

    private static String sql(LocalDateTime utc) {
        return DbTimes.sql(DbTimes.fromDb(utc));
    }

    private static List<Integer> pendingTouchpoints(Connection connection) throws SQLException {
        List<Integer> seqs = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT touchpoint_seq FROM legacy_interaction_upgrade ORDER BY touchpoint_seq");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                seqs.add(rs.getInt(1));
            }
        }
        return seqs;
    }

    private static String brandOf(Connection connection, int seq) throws SQLException {
        return text(connection, "SELECT brand_id FROM touchpoint WHERE seq = ?", seq);
    }

    private static String touchpointId(Connection connection, int seq) throws SQLException {
        String id = text(connection, "SELECT id FROM touchpoint WHERE seq = ?", seq);
        return id == null ? "" : id;
    }

    private static String text(Connection connection, String sql, int seq) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Removes the touchpoint's row: nothing of it is left to upgrade. */
    private static Chunk finish(Connection connection, int seq) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM legacy_interaction_upgrade WHERE touchpoint_seq = ?")) {
            delete.setInt(1, seq);
            delete.executeUpdate();
        }
        return new Chunk(0, true);
    }

    /** A chunk that loses a deadlock against a push is tried again; it committed nothing. */
    private static Chunk withRetries(Supplier<Chunk> chunk) {
        for (int attempt = 1; ; attempt++) {
            try {
                return chunk.get();
            } catch (RuntimeException e) {
                if (!SqlErrors.isLockConflict(e) || attempt >= LOCK_CONFLICT_RETRIES) {
                    throw e;
                }
            }
        }
    }

    private <T> T write(JdbcWork.Work<T> work) {
        return JdbcWork.write(transactions, "Upgrading interactions stored before pseudonymisation failed", work);
    }
}
