package io.brandbridge.touchpoint.ingest;

import io.brandbridge.touchpoint.counters.BackfillCheckpoints;
import io.brandbridge.touchpoint.counters.HourTally;
import io.brandbridge.touchpoint.journeys.FormerContacts;
import io.brandbridge.touchpoint.metrics.DerivedMetrics;
import io.brandbridge.touchpoint.support.DbTimes;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored interactions a push replaces with a newer version from the source. Replacing is removing, then storing the new
 * version as a new interaction: the old row, its metric rows (pushed and derived) and its journey contact go, and its
 * counts come out of the standing counters, so every count stays what a fresh push of the kept versions would give.
 */
final class ReplacedRecords {

    /** A stored interaction: {@code occurredAt} as UTC SQL text, {@code sourceVersion} null when stored without one. */
    record Stored(long id, String occurredAt, Long sourceVersion) {
    }

    private static final int ROWS_PER_STATEMENT = 1000;

    private ReplacedRecords() {
    }

    /** The stored interactions of the touchpoint among {@code externalIds}. */
    static Map<String, Stored> find(Connection connection, int touchpointSeq, Collection<String> externalIds) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        if (externalIds.isEmpty()) {
            return stored;
        }
        String sql = "SELECT external_id, id, occurred_at, source_version FROM interaction WHERE touchpoint_seq = ? AND external_id IN ("
                + "?,".repeat(externalIds.size() - 1) + "?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, touchpointSeq);
            int i = 2;
            for (String id : externalIds) {
                query.setBytes(i++, id.getBytes(StandardCharsets.UTF_8));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long version = rs.getLong(4);
                    stored.put(new String(rs.getBytes(1), StandardCharsets.UTF_8), new Stored(rs.getLong(2),
                            DbTimes.sql(DbTimes.fromDb(rs.getObject(3, LocalDateTime.class))), rs.wasNull() ? null : version));
                }
            }
        }
        return stored;
    }

    /**
     * Removes {@code replaced} from the touchpoint: their counts leave {@code tally} (the push writes it), their hours are
     * added to {@code changedHours}, and the journeys they were in are answered for re-derivation.
     */
    static FormerContacts remove(Connection connection, int touchpointSeq, List<Stored> replaced, Map<String, Integer> metricIds,
                                 HourTally tally, Collection<String> changedHours) throws SQLException {
        if (replaced.isEmpty()) {
            return FormerContacts.NONE;
        }
        Map<Integer, String> keys = new HashMap<>();
        metricIds.forEach((key, id) -> keys.put(id, key));
        DerivedMetrics.KEYS.forEach(key -> keys.put(DerivedMetrics.id(key), key));
        Map<Long, Map<String, Double>> metrics = new HashMap<>();
        for (Map.Entry<Integer, String> metric : keys.entrySet()) {
            forEachPart(replaced, part -> {
                String sql = "SELECT interaction_id, metric_value FROM interaction_metric WHERE touchpoint_seq = " + touchpointSeq
                        + " AND metric_id = " + metric.getKey() + " AND (occurred_at, interaction_id) IN (" + rowValues(part) + ")";
                try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql)) {
                    while (rs.next()) {
                        metrics.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(metric.getValue(), rs.getDouble(2));
                    }
                }
            });
        }
        uncount(connection, touchpointSeq, replaced, metrics, tally);
        try (Statement delete = connection.createStatement()) {
            for (Map.Entry<Integer, String> metric : keys.entrySet()) {
                forEachPart(replaced, part -> delete.executeUpdate("DELETE FROM interaction_metric WHERE touchpoint_seq = " + touchpointSeq
                        + " AND metric_id = " + metric.getKey() + " AND (occurred_at, interaction_id) IN (" + rowValues(part) + ")"));
            }
            forEachPart(replaced, part -> delete.executeUpdate("DELETE FROM interaction WHERE touchpoint_seq = " + touchpointSeq
                    + " AND (occurred_at, id) IN (" + rowValues(part) + ")"));
        }
        for (Stored s : replaced) {
            changedHours.add(s.occurredAt().substring(0, 13));
        }
        return FormerContacts.remove(connection, touchpointSeq, replaced.stream().map(Stored::id).toList());
    }

    private static void uncount(Connection connection, int touchpointSeq, List<Stored> replaced, Map<Long, Map<String, Double>> metrics,
                                HourTally tally) throws SQLException {
        if (tally.isEmpty()) {
            return;
        }
        BackfillCheckpoints backfilling = BackfillCheckpoints.lock(connection, touchpointSeq);
        for (Stored s : replaced) {
            Map<String, Double> values = metrics.getOrDefault(s.id(), Map.of());
            String[] k = values.keySet().toArray(String[]::new);
            double[] v = new double[k.length];
            for (int i = 0; i < k.length; i++) {
                v[i] = values.get(k[i]);
            }
            tally.add(s.occurredAt(), k, v, -1, backfilling.notYetCounted(tally.predicates(), s.id(), micros(s.occurredAt())));
        }
    }

    private interface PartWork {
        void run(List<Stored> part) throws SQLException;
    }

    private static void forEachPart(List<Stored> all, PartWork work) throws SQLException {
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            work.run(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
        }
    }

    // Row values compare with typed TIMESTAMP literals: H2 does not convert a text inside a row value.
    private static String rowValues(List<Stored> part) {
        StringBuilder sql = new StringBuilder(part.size() * 48);
        for (Stored s : part) {
            sql.append(sql.isEmpty() ? "(TIMESTAMP '" : ",(TIMESTAMP '").append(s.occurredAt()).append("',").append(s.id()).append(')');
        }
        return sql.toString();
    }

    private static long micros(String sqlTime) {
        Instant at = DbTimes.fromDb(LocalDateTime.parse(sqlTime.replace(' ', 'T')));
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }
}
