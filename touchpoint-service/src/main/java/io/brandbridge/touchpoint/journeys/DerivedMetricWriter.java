package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.counters.BackfillCheckpoints;
import io.brandbridge.touchpoint.counters.HourTally;
import io.brandbridge.touchpoint.counters.StandingPredicate;
import io.brandbridge.touchpoint.counters.StandingPredicates;
import io.brandbridge.touchpoint.metrics.DerivedMetrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Moves derived metric values in {@code interaction_metric} and everything that counts them: the standing counters (each
 * changed interaction's old contribution out, the new one in, over its full metric set) and the changed-hour marks.
 * Rows go out as multi-row statements in key order.
 */
final class DerivedMetricWriter {

    private static final int ROWS_PER_STATEMENT = 1000;
    private static final int HOUR_PREFIX = 13;
    private static final String UPSERT_METRIC = "INSERT INTO interaction_metric (touchpoint_seq, metric_id, occurred_at, interaction_id, metric_value) VALUES ";

    private DerivedMetricWriter() {
    }

    /**
     * Writes {@code changes}. {@code pushed} holds the pushed metrics of this push's own contacts (key: interaction id at
     * {@code ownSeq}), whose counts go to {@code ownTally}; other touchpoints' counts are written here.
     */
    static void write(Connection connection, List<MetricChange> changes, int ownSeq, HourTally ownTally, Map<Long, NewContact> pushed,
                      String changedAt) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Map<Integer, List<MetricChange>> byTouchpoint = new TreeMap<>();
        for (MetricChange change : changes) {
            byTouchpoint.computeIfAbsent(change.contact().touchpointSeq(), k -> new ArrayList<>()).add(change);
        }
        registerKeys(connection, byTouchpoint);
        deleteRemoved(connection, changes);
        upsertValues(connection, changes);
        for (Map.Entry<Integer, List<MetricChange>> entry : byTouchpoint.entrySet()) {
            int seq = entry.getKey();
            HourTally tally = seq == ownSeq ? ownTally : new HourTally(seq, StandingPredicates.at(connection, seq));
            count(connection, seq, entry.getValue(), tally, seq == ownSeq ? pushed : Map.of());
            if (seq != ownSeq) {
                tally.writeTo(connection);
            }
        }
        markHours(connection, byTouchpoint, ownSeq, pushed, changedAt);
    }

    /**
     * Registers the derived keys a touchpoint does not have yet. Keys already there are left alone: an upsert of them would
     * write rows a concurrent push into that touchpoint may be registering its own keys beside, before it takes the brand lock.
     */
    private static void registerKeys(Connection connection, Map<Integer, List<MetricChange>> byTouchpoint) throws SQLException {
        Set<String> registered = new HashSet<>();
        try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(
                "SELECT touchpoint_seq, metric_key FROM touchpoint_metric WHERE metric_id < 0 AND touchpoint_seq IN ("
                        + String.join(",", byTouchpoint.keySet().stream().map(String::valueOf).toList()) + ")")) {
            while (rs.next()) {
                registered.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        StringBuilder sql = new StringBuilder("INSERT INTO touchpoint_metric (touchpoint_seq, metric_key, metric_id) VALUES ");
        int rows = 0;
        for (Map.Entry<Integer, List<MetricChange>> entry : byTouchpoint.entrySet()) {
            Set<String> keys = new TreeSet<>();
            entry.getValue().forEach(change -> change.after().forEach(m -> keys.add(m.key())));
            for (String key : keys) {
                if (!registered.contains(entry.getKey() + " " + key)) {
                    sql.append(rows++ == 0 ? "(" : ",(").append(entry.getKey()).append(",'").append(key).append("',").append(DerivedMetrics.id(key)).append(')');
                }
            }
        }
        if (rows > 0) {
            try (Statement upsert = connection.createStatement()) {
                upsert.executeUpdate(sql.append(" ON DUPLICATE KEY UPDATE metric_id = VALUES(metric_id)").toString());
            }
        }
    }

    // Row values compare with typed TIMESTAMP literals: H2 does not convert a text inside a row value.
    private static void deleteRemoved(Connection connection, List<MetricChange> changes) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (MetricChange change : changes) {
            Set<String> kept = new HashSet<>();
            change.after().forEach(m -> kept.add(m.key()));
            for (Derived.Metric m : change.before()) {
                if (!kept.contains(m.key())) {
                    Contact c = change.contact();
                    rows.add("(" + c.touchpointSeq() + "," + DerivedMetrics.id(m.key()) + ",TIMESTAMP '" + JourneyContacts.sqlTime(c.occurredAt()) + "',"
                            + c.interactionId() + ")");
                }
            }
        }
        try (Statement delete = connection.createStatement()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                delete.executeUpdate("DELETE FROM interaction_metric WHERE (touchpoint_seq, metric_id, occurred_at, interaction_id) IN ("
                        + String.join(",", rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT))) + ")");
            }
        }
    }

    private record Row(int seq, int metricId, long occurredAt, long interactionId, double value) {
    }

    private static void upsertValues(Connection connection, List<MetricChange> changes) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (MetricChange change : changes) {
            Map<String, Double> before = new HashMap<>();
            change.before().forEach(m -> before.put(m.key(), m.value()));
            Contact c = change.contact();
            for (Derived.Metric m : change.after()) {
                Double old = before.get(m.key());
                if (old == null || old != m.value()) {
                    rows.add(new Row(c.touchpointSeq(), DerivedMetrics.id(m.key()), c.occurredAt(), c.interactionId(), m.value()));
                }
            }
        }
        rows.sort(Comparator.comparingInt(Row::seq).thenComparingInt(Row::metricId).thenComparingLong(Row::occurredAt)
                .thenComparingLong(Row::interactionId));
        try (Statement upsert = connection.createStatement()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                StringBuilder sql = new StringBuilder(UPSERT_METRIC);
                for (int i = from; i < Math.min(rows.size(), from + ROWS_PER_STATEMENT); i++) {
                    Row r = rows.get(i);
                    sql.append(i == from ? "(" : ",(").append(r.seq()).append(',').append(r.metricId()).append(",'")
                            .append(JourneyContacts.sqlTime(r.occurredAt())).append("',").append(r.interactionId()).append(',').append(r.value()).append(')');
                }
                upsert.executeUpdate(sql.append(" ON DUPLICATE KEY UPDATE metric_value = VALUES(metric_value)").toString());
            }
        }
    }

    private static void count(Connection connection, int seq, List<MetricChange> changes, HourTally tally, Map<Long, NewContact> pushed)
            throws SQLException {
        List<StandingPredicate> predicates = tally.predicates();
        Set<String> wanted = new HashSet<>();
        boolean derivedUsed = false;
        for (StandingPredicate p : predicates) {
            wanted.add(p.a().metric());
            if (p.b() != null) {
                wanted.add(p.b().metric());
            }
        }
        for (String key : wanted) {
            derivedUsed |= DerivedMetrics.isDerived(key);
        }
        if (!derivedUsed) {
            // Only derived values change, so counts of predicates over pushed metrics stay as they are.
            return;
        }
        BackfillCheckpoints backfilling = BackfillCheckpoints.lock(connection, seq);
        Map<Long, Map<String, Double>> stored = storedMetrics(connection, seq, changes, wanted, pushed);
        for (MetricChange change : changes) {
            Contact c = change.contact();
            boolean[] skip = backfilling.notYetCounted(predicates, c.interactionId(), c.occurredAt());
            Map<String, Double> base = new HashMap<>();
            NewContact fresh = pushed.get(c.interactionId());
            if (fresh != null) {
                for (int k = 0; k < fresh.metricKeys().length; k++) {
                    base.put(fresh.metricKeys()[k], fresh.metricValues()[k]);
                }
            } else {
                base.putAll(stored.getOrDefault(c.interactionId(), Map.of()));
            }
            String at = JourneyContacts.sqlTime(c.occurredAt());
            add(tally, at, base, change.before(), -1, skip);
            add(tally, at, base, change.after(), 1, skip);
        }
    }

    private static void add(HourTally tally, String at, Map<String, Double> base, List<Derived.Metric> derived, int sign, boolean[] skip) {
        Map<String, Double> all = new HashMap<>(base);
        derived.forEach(m -> all.put(m.key(), m.value()));
        String[] keys = all.keySet().toArray(String[]::new);
        double[] values = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            values[i] = all.get(keys[i]);
        }
        tally.add(at, keys, values, sign, skip);
    }

    /** The pushed values of the predicates' metrics for the changed interactions not pushed now, by interaction id. */
    private static Map<Long, Map<String, Double>> storedMetrics(Connection connection, int seq, List<MetricChange> changes, Set<String> wanted,
                                                                Map<Long, NewContact> pushed) throws SQLException {
        List<Contact> earlier = changes.stream().map(MetricChange::contact).filter(c -> !pushed.containsKey(c.interactionId())).toList();
        Map<Long, Map<String, Double>> values = new HashMap<>();
        if (earlier.isEmpty()) {
            return values;
        }
        Map<String, Integer> ids = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT metric_key, metric_id FROM touchpoint_metric WHERE touchpoint_seq = ? AND metric_id > 0")) {
            query.setInt(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (wanted.contains(rs.getString(1))) {
                        ids.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
        }
        for (Map.Entry<String, Integer> metric : ids.entrySet()) {
            for (int from = 0; from < earlier.size(); from += ROWS_PER_STATEMENT) {
                StringBuilder sql = new StringBuilder("SELECT interaction_id, metric_value FROM interaction_metric WHERE touchpoint_seq = ")
                        .append(seq).append(" AND metric_id = ").append(metric.getValue()).append(" AND (occurred_at, interaction_id) IN (");
                for (int i = from; i < Math.min(earlier.size(), from + ROWS_PER_STATEMENT); i++) {
                    Contact c = earlier.get(i);
                    sql.append(i == from ? "(TIMESTAMP '" : ",(TIMESTAMP '").append(JourneyContacts.sqlTime(c.occurredAt())).append("',").append(c.interactionId()).append(')');
                }
                try (Statement query = connection.createStatement(); ResultSet rs = query.executeQuery(sql.append(')').toString())) {
                    while (rs.next()) {
                        values.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(metric.getKey(), rs.getDouble(2));
                    }
                }
            }
        }
        return values;
    }

    /** Marks the UTC hours of the changed interactions of other touchpoints and earlier pushes, like a push's own. */
    private static void markHours(Connection connection, Map<Integer, List<MetricChange>> byTouchpoint, int ownSeq, Map<Long, NewContact> pushed,
                                  String changedAt)
            throws SQLException {
        Set<String> hours = new TreeSet<>();
        for (Map.Entry<Integer, List<MetricChange>> entry : byTouchpoint.entrySet()) {
            for (MetricChange change : entry.getValue()) {
                if (entry.getKey() == ownSeq && pushed.containsKey(change.contact().interactionId())) {
                    // This push's own contacts: the push marks their hours itself.
                    continue;
                }
                hours.add(String.format("%010d", entry.getKey()) + JourneyContacts.sqlTime(change.contact().occurredAt()).substring(0, HOUR_PREFIX));
            }
        }
        List<String> rows = new ArrayList<>();
        for (String hour : hours) {
            rows.add("(" + Integer.parseInt(hour.substring(0, 10)) + ",'" + hour.substring(10) + ":00:00','" + changedAt + "')");
        }
        try (Statement upsert = connection.createStatement()) {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                upsert.executeUpdate("INSERT INTO interaction_change_hour (touchpoint_seq, hour_start, changed_at) VALUES "
                        + String.join(",", rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)))
                        + " ON DUPLICATE KEY UPDATE changed_at = VALUES(changed_at)");
            }
        }
    }
}
