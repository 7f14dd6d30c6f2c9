package io.brandbridge.touchpoint.ingest;

import io.brandbridge.touchpoint.journeys.ReplacedContact;
import io.brandbridge.touchpoint.metrics.DerivedMetrics;
import io.brandbridge.touchpoint.support.DbTimes;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Rows that other pushes' derivations write go later, under the brand lock ({@code journeys.ReplacedContacts}).
 */
final class ReplacedRecords {

    /** A stored interaction: {@code occurredAt} as UTC SQL text, {@code sourceVersion} null when stored without one. */
    record Stored(long id, String occurredAt, Long sourceVersion) {
    }

    private static final int ROWS_PER_STATEMENT = 1000;
    /** {@code yyyy-MM-dd HH} of an occurredAt text: its UTC hour. */
    private static final int HOUR_PREFIX = 13;

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
     * Removes the rows of {@code replaced} that only pushes into this touchpoint write: the interactions and their pushed
     * metric rows. Their hours join {@code changedHours}; the rest (derived rows, journey contacts, counts) goes when the
     * push derives, under the brand lock, from the answered contacts.
     */
    static List<ReplacedContact> remove(Connection connection, int touchpointSeq, List<Stored> replaced, Map<String, Integer> metricIds,
                                        Collection<String> changedHours) throws SQLException {
        if (replaced.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, Double>> metrics = new HashMap<>();
        replaced.forEach(s -> metrics.put(s.id(), new HashMap<>()));
        try (Statement statement = connection.createStatement()) {
            for (Map.Entry<String, Integer> metric : metricIds.entrySet()) {
                if (DerivedMetrics.isDerived(metric.getKey())) {
                    continue;
                }
                forEachPart(replaced, part -> {
                    String where = " FROM interaction_metric WHERE touchpoint_seq = " + touchpointSeq + " AND metric_id = " + metric.getValue()
                            + " AND (occurred_at, interaction_id) IN (" + rowValues(part) + ")";
                    try (ResultSet rs = statement.executeQuery("SELECT interaction_id, metric_value" + where)) {
                        while (rs.next()) {
                            metrics.get(rs.getLong(1)).put(metric.getKey(), rs.getDouble(2));
                        }
                    }
                    statement.executeUpdate("DELETE" + where);
                });
            }
            forEachPart(replaced, part -> statement.executeUpdate("DELETE FROM interaction WHERE touchpoint_seq = " + touchpointSeq
                    + " AND (occurred_at, id) IN (" + rowValues(part) + ")"));
        }
        List<ReplacedContact> contacts = new ArrayList<>(replaced.size());
        for (Stored s : replaced) {
            changedHours.add(s.occurredAt().substring(0, HOUR_PREFIX));
            contacts.add(new ReplacedContact(s.id(), s.occurredAt(), metrics.get(s.id())));
        }
        return contacts;
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
}
