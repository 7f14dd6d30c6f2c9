package io.brandbridge.touchpoint.journeys;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.stats.TimeRange;
import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The handoff matrix from the precomputed columns of {@code journey_contact}: one grouped range scan of its covering index
 * (touchpoint, occurred_at, next touchpoint, gap, ...) that counts per pair and whole minute of gap, from which the median follows.
 */
@Singleton
class HandoffMatrix {

    private final ConnectionOperations<Connection> connections;

    HandoffMatrix(ConnectionOperations<Connection> connections) {
        this.connections = connections;
    }

    HandoffsResponse answer(HandoffsRequest request, Caller caller) {
        TimeRange range = TimeRange.checked(request.from(), request.to());
        List<String> ids = List.copyOf(new LinkedHashSet<>(request.touchpointIds()));
        return connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                Map<Integer, String> touchpoints = resolve(connection, ids, caller);
                return count(connection, touchpoints, range);
            } catch (SQLException e) {
                throw new IllegalStateException("Counting handoffs failed", e);
            }
        });
    }

    /** Seq to id of every requested touchpoint; the first unknown or out-of-scope one answers 404. */
    private static Map<Integer, String> resolve(Connection connection, List<String> ids, Caller caller) throws SQLException {
        Map<String, Integer> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, seq, brand_id FROM touchpoint WHERE id IN ("
                + String.join(",", Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (caller.mayAccessBrand(rs.getString(3))) {
                        found.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
        }
        Map<Integer, String> bySeq = new HashMap<>();
        for (String id : ids) {
            Integer seq = found.get(id);
            if (seq == null) {
                throw ProblemException.notFound("Touchpoint", id);
            }
            bySeq.put(seq, id);
        }
        return bySeq;
    }

    private static HandoffsResponse count(Connection connection, Map<Integer, String> touchpoints, TimeRange range) throws SQLException {
        String seqs = String.join(",", touchpoints.keySet().stream().map(String::valueOf).toList());
        String handoff = "next_touchpoint_seq <> touchpoint_seq AND next_touchpoint_seq IN (" + seqs + ")";
        String sql = "SELECT touchpoint_seq, h_to, h_gap, COUNT(*), SUM(h_followed), SUM(first), SUM(one), SUM(one_followed) FROM ("
                + "SELECT touchpoint_seq, CASE WHEN " + handoff + " THEN next_touchpoint_seq END AS h_to,"
                + " CASE WHEN " + handoff + " THEN next_gap_minutes END AS h_gap,"
                + " CASE WHEN " + handoff + " THEN next_followed_up ELSE 0 END AS h_followed,"
                + " CASE WHEN journey_contacts IS NULL THEN 0 ELSE 1 END AS first,"
                + " CASE WHEN journey_contacts = 1 THEN 1 ELSE 0 END AS one,"
                + " CASE WHEN journey_contacts = 1 AND followed_up = 1 THEN 1 ELSE 0 END AS one_followed"
                + " FROM journey_contact WHERE touchpoint_seq IN (" + seqs + ") AND occurred_at >= ? AND occurred_at < ?) x"
                + " GROUP BY touchpoint_seq, h_to, h_gap";
        long journeys = 0;
        long one = 0;
        long oneFollowed = 0;
        Map<String, Pair> pairs = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, DbTimes.sql(range.from()));
            query.setString(2, DbTimes.sql(range.to()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    journeys += rs.getLong(6);
                    one += rs.getLong(7);
                    oneFollowed += rs.getLong(8);
                    int to = rs.getInt(2);
                    if (rs.wasNull()) {
                        continue;
                    }
                    String from = touchpoints.get(rs.getInt(1));
                    Pair pair = pairs.computeIfAbsent(from + " " + touchpoints.get(to), k -> new Pair(from, touchpoints.get(to)));
                    pair.minutes.merge(rs.getLong(3), rs.getLong(4), Long::sum);
                    pair.count += rs.getLong(4);
                    pair.followedUp += rs.getLong(5);
                }
            }
        }
        List<HandoffsResponse.Handoff> handoffs = new ArrayList<>(pairs.size());
        for (Pair p : pairs.values()) {
            handoffs.add(new HandoffsResponse.Handoff(p.from, p.to, p.count, p.followedUp, median(p.minutes, p.count)));
        }
        return new HandoffsResponse(journeys, one, oneFollowed, handoffs);
    }

    private static final class Pair {
        final String from;
        final String to;
        final TreeMap<Long, Long> minutes = new TreeMap<>();
        long count;
        long followedUp;

        Pair(String from, String to) {
            this.from = from;
            this.to = to;
        }
    }

    /** The median of {@code count} whole-minute gaps given as minute to how many: the middle one, or the mean of the two middle ones. */
    static double median(TreeMap<Long, Long> minutes, long count) {
        long lower = (count - 1) / 2;
        long upper = count / 2;
        Long lowerValue = null;
        long seen = 0;
        for (Map.Entry<Long, Long> e : minutes.entrySet()) {
            long next = seen + e.getValue();
            if (lowerValue == null && lower < next) {
                lowerValue = e.getKey();
            }
            if (upper < next) {
                return (lowerValue + e.getKey()) / 2.0;
            }
            seen = next;
        }
        throw new IllegalStateException("no gaps");
    }
}
