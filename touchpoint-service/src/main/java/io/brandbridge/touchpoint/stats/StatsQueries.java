package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.metrics.Comparison;
import io.brandbridge.touchpoint.metrics.Predicate;
import io.brandbridge.touchpoint.support.DbTimes;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written counts over interaction_metric: each one is a range scan of its primary key
 * (touchpoint, metric, occurredAt) that never touches the wide interaction rows.
 */
@Singleton
class StatsQueries {

    /** A requested touchpoint in the caller's scope with the numbers of the asked metrics there (null: never pushed). */
    record Scoped(String touchpointId, int seq, Integer metricA, Integer metricB) {
    }

    List<Scoped> resolve(Connection connection, List<String> touchpointIds, String metricA, String metricB, Caller caller) throws SQLException {
        String sql = "SELECT t.id, t.seq, t.brand_id, ma.metric_id, mb.metric_id FROM touchpoint t"
                + " LEFT JOIN touchpoint_metric ma ON ma.touchpoint_seq = t.seq AND ma.metric_key = ?"
                + " LEFT JOIN touchpoint_metric mb ON mb.touchpoint_seq = t.seq AND mb.metric_key = ?"
                + " WHERE t.id IN (" + String.join(",", Collections.nCopies(touchpointIds.size(), "?")) + ")";
        Map<String, Scoped> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, metricA);
            query.setString(2, metricB);
            for (int i = 0; i < touchpointIds.size(); i++) {
                query.setString(i + 3, touchpointIds.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (caller.mayAccessBrand(rs.getString(3))) {
                        found.put(rs.getString(1), new Scoped(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(4, Integer.class),
                                (Integer) rs.getObject(5, Integer.class)));
                    }
                }
            }
        }
        List<Scoped> inRequestOrder = new ArrayList<>(found.size());
        for (String id : touchpointIds) {
            Scoped scoped = found.get(id);
            if (scoped != null) {
                inRequestOrder.add(scoped);
            }
        }
        return inRequestOrder;
    }

    /** {valid, good} for one touchpoint. */
    long[] attainment(Connection connection, int seq, int metricId, Comparison op, double threshold, TimeRange range) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(CASE WHEN metric_value " + op.sql() + " ? THEN 1 ELSE 0 END) FROM interaction_metric"
                + " WHERE touchpoint_seq = ? AND metric_id = ? AND occurred_at >= ? AND occurred_at < ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setDouble(1, threshold);
            bindRange(query, 2, seq, metricId, range);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /** Bucket index (whole units since {@code origin}) to {valid, good} for one touchpoint; empty buckets are absent. */
    Map<Long, long[]> attainmentByBucket(Connection connection, int seq, int metricId, Comparison op, double threshold, TimeRange range,
                                         Bucket bucket, Instant origin) throws SQLException {
        String sql = "SELECT b, COUNT(*), SUM(g) FROM (SELECT TIMESTAMPDIFF(" + bucket.sqlUnit() + ", ?, occurred_at) AS b,"
                + " CASE WHEN metric_value " + op.sql() + " ? THEN 1 ELSE 0 END AS g FROM interaction_metric"
                + " WHERE touchpoint_seq = ? AND metric_id = ? AND occurred_at >= ? AND occurred_at < ?) x GROUP BY b";
        Map<Long, long[]> counts = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, DbTimes.sql(origin));
            query.setDouble(2, threshold);
            bindRange(query, 3, seq, metricId, range);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        return counts;
    }

    /**
     * {bothMet, aOnly, bOnly, neither} for one touchpoint. Both metrics of an interaction share its
     * occurredAt, so the second is found by a primary-key lookup.
     */
    long[] contingency(Connection connection, int seq, int metricA, int metricB, Predicate a, Predicate b, TimeRange range) throws SQLException {
        String sql = "SELECT COUNT(*), SUM(am * bm), SUM(am * (1 - bm)), SUM((1 - am) * bm) FROM ("
                + "SELECT CASE WHEN ma.metric_value " + a.op().sql() + " ? THEN 1 ELSE 0 END AS am,"
                + " CASE WHEN mb.metric_value " + b.op().sql() + " ? THEN 1 ELSE 0 END AS bm"
                + " FROM interaction_metric ma JOIN interaction_metric mb"
                + " ON mb.touchpoint_seq = ma.touchpoint_seq AND mb.metric_id = ? AND mb.occurred_at = ma.occurred_at AND mb.interaction_id = ma.interaction_id"
                + " WHERE ma.touchpoint_seq = ? AND ma.metric_id = ? AND ma.occurred_at >= ? AND ma.occurred_at < ?) x";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setDouble(1, a.threshold());
            query.setDouble(2, b.threshold());
            query.setInt(3, metricB);
            bindRange(query, 4, seq, metricA, range);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long total = rs.getLong(1);
                long both = rs.getLong(2);
                long aOnly = rs.getLong(3);
                long bOnly = rs.getLong(4);
                return new long[] {both, aOnly, bOnly, total - both - aOnly - bOnly};
            }
        }
    }

    private static void bindRange(PreparedStatement query, int first, int seq, int metricId, TimeRange range) throws SQLException {
        query.setInt(first, seq);
        query.setInt(first + 1, metricId);
        query.setString(first + 2, DbTimes.sql(range.from()));
        query.setString(first + 3, DbTimes.sql(range.to()));
    }
}
