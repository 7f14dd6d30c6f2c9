package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.counters.BackfillCheckpoints;
import io.brandbridge.touchpoint.counters.HourTally;
import io.brandbridge.touchpoint.metrics.DerivedMetrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Under the brand lock, takes out what is left of replaced interactions: their derived metric rows and journey contacts,
 * and their whole contribution (pushed and derived values) to the standing counters. Answers the customers and journey ids
 * they were in, whose remaining contacts are then derived again.
 */
final class ReplacedContacts {

    private static final int ROWS_PER_STATEMENT = 1000;

    private ReplacedContacts() {
    }

    static void remove(Connection connection, int touchpointSeq, List<ReplacedContact> replaced, HourTally tally, Set<String> customers,
                       Set<String> journeyIds) throws SQLException {
        if (replaced.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Double>> metrics = new HashMap<>();
        replaced.forEach(r -> metrics.put(r.interactionId(), new HashMap<>(r.pushedMetrics())));
        for (String key : DerivedMetrics.KEYS) {
            for (List<ReplacedContact> part : parts(replaced)) {
                String where = " FROM interaction_metric WHERE touchpoint_seq = " + touchpointSeq + " AND metric_id = " + DerivedMetrics.id(key)
                        + " AND (occurred_at, interaction_id) IN (" + rowValues(part) + ")";
                try (Statement statement = connection.createStatement()) {
                    try (ResultSet rs = statement.executeQuery("SELECT interaction_id, metric_value" + where)) {
                        while (rs.next()) {
                            metrics.get(rs.getLong(1)).put(key, rs.getDouble(2));
                        }
                    }
                    statement.executeUpdate("DELETE" + where);
                }
            }
        }
        uncount(connection, touchpointSeq, replaced, metrics, tally);
        for (List<ReplacedContact> part : parts(replaced)) {
            String ids = String.join(",", part.stream().map(r -> Long.toString(r.interactionId())).toList());
            String where = " FROM journey_contact WHERE touchpoint_seq = " + touchpointSeq + " AND interaction_id IN (" + ids + ")";
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("SELECT customer, journey_id" + where)) {
                    while (rs.next()) {
                        if (rs.getString(1) != null) {
                            customers.add(rs.getString(1));
                        }
                        if (rs.getString(2) != null) {
                            journeyIds.add(rs.getString(2));
                        }
                    }
                }
                statement.executeUpdate("DELETE" + where);
            }
        }
    }

    private static void uncount(Connection connection, int touchpointSeq, List<ReplacedContact> replaced, Map<Long, Map<String, Double>> metrics,
                                HourTally tally) throws SQLException {
        if (tally.isEmpty()) {
            return;
        }
        BackfillCheckpoints backfilling = BackfillCheckpoints.lock(connection, touchpointSeq);
        for (ReplacedContact r : replaced) {
            Map<String, Double> values = metrics.get(r.interactionId());
            String[] keys = values.keySet().toArray(String[]::new);
            double[] numbers = new double[keys.length];
            for (int i = 0; i < keys.length; i++) {
                numbers[i] = values.get(keys[i]);
            }
            long micros = JourneyContacts.micros(r.occurredAt());
            tally.add(r.occurredAt(), keys, numbers, -1, backfilling.notYetCounted(tally.predicates(), r.interactionId(), micros));
        }
    }

    private static List<List<ReplacedContact>> parts(List<ReplacedContact> all) {
        List<List<ReplacedContact>> parts = new ArrayList<>();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            parts.add(all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT)));
        }
        return parts;
    }

    // Row values compare with typed TIMESTAMP literals: H2 does not convert a text inside a row value.
    private static String rowValues(List<ReplacedContact> part) {
        StringBuilder sql = new StringBuilder(part.size() * 48);
        for (ReplacedContact r : part) {
            sql.append(sql.isEmpty() ? "(TIMESTAMP '" : ",(TIMESTAMP '").append(r.occurredAt()).append("',").append(r.interactionId()).append(')');
        }
        return sql.toString();
    }
}
