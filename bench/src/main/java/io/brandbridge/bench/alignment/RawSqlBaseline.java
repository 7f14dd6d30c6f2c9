package io.brandbridge.bench.alignment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same questions a recompute asks, each answered by one hand-written SQL statement on
 * touchpoint-service's own tables, run one after another with their times summed. Per commitment and
 * touchpoint the window's counts and its four burn-rate sub-windows' counts come from primary-key range
 * scans of interaction_metric as five plain counts ("separate"), or optionally as one scan with conditional
 * sums ("folded", slower on MariaDB at 200,000 and at 10,000,000 interactions); the faster is the baseline. Per
 * (target, commitment, touchpoint), one statement builds the 2×2 table (a range scan of one metric joined
 * to the other by primary key). It reads touchpoint-service's schema as it stands (touchpoint,
 * touchpoint_metric, interaction_metric); if that changes, this is where to follow.
 */
final class RawSqlBaseline {

    /** A touchpoint's internal number and the numbers of its metrics. */
    private record Site(int seq, Map<String, Integer> metrics) {
    }

    /** The burn-rate sub-windows are the last W/720, W/8640, W/120 and W/1440 of the window W. */
    private static final int[] BURN_DIVISORS = {720, 8640, 120, 1440};

    private final Connection db;
    private final Map<String, Site> sites = new HashMap<>();

    RawSqlBaseline(Connection db, String brandId) throws SQLException {
        this.db = db;
        try (PreparedStatement q = db.prepareStatement("SELECT t.id, t.seq, m.metric_key, m.metric_id FROM touchpoint t "
                + "JOIN touchpoint_metric m ON m.touchpoint_seq = t.seq WHERE t.brand_id = ?")) {
            q.setString(1, brandId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    int seq = rs.getInt(2);
                    sites.computeIfAbsent(rs.getString(1), id -> new Site(seq, new HashMap<>())).metrics().put(rs.getString(3), rs.getInt(4));
                }
            }
        }
    }

    /** Summed statement times of one pass over every question; folded is null when it was not tried. */
    record Times(Duration separate, Duration folded, Duration contingency, int separateStatements, int foldedStatements, int contingencyStatements) {

        Duration best() {
            return (folded == null || separate.compareTo(folded) <= 0 ? separate : folded).plus(contingency);
        }
    }

    /** Answers every question once, counting the windows separately and, if asked, folded too. */
    Times run(RecomputeScenario scenario, List<String> touchpointIds, List<String> targetTouchpoints, Instant asOf, boolean tryFolded) throws SQLException {
        long separate = 0;
        long folded = 0;
        long contingency = 0;
        int contingencyStatements = 0;
        for (RecomputeScenario.Commitment c : scenario.allCommitments()) {
            Instant from = asOf.minus(Duration.ofDays(c.days()));
            Duration period = Duration.ofDays(c.days());
            for (String touchpointId : touchpointIds) {
                separate += count(touchpointId, c, from, asOf);
                for (int divisor : BURN_DIVISORS) {
                    separate += count(touchpointId, c, asOf.minus(period.dividedBy(divisor)), asOf);
                }
            }
            if (tryFolded) {
                folded += attainment(touchpointIds, c, from, asOf);
            }
            for (String touchpointId : targetTouchpoints) {
                contingency += contingency(touchpointId, c, from, asOf);
                contingencyStatements++;
            }
        }
        int pairs = scenario.allCommitments().size() * touchpointIds.size();
        return new Times(Duration.ofNanos(separate), tryFolded ? Duration.ofNanos(folded) : null, Duration.ofNanos(contingency), pairs * (1 + BURN_DIVISORS.length), pairs,
                contingencyStatements);
    }

    private long count(String touchpointId, RecomputeScenario.Commitment c, Instant from, Instant to) throws SQLException {
        Site site = sites.get(touchpointId);
        long started = System.nanoTime();
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN metric_value " + sql(c.op()) + " ? THEN 1 ELSE 0 END) "
                + "FROM interaction_metric WHERE touchpoint_seq = ? AND metric_id = ? AND occurred_at >= ? AND occurred_at < ?")) {
            q.setDouble(1, c.threshold());
            q.setInt(2, site.seq());
            q.setInt(3, site.metrics().get(c.metric()));
            q.setString(4, mysql(from));
            q.setString(5, mysql(to));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                rs.getLong(1);
            }
        }
        return System.nanoTime() - started;
    }

    private long attainment(List<String> touchpointIds, RecomputeScenario.Commitment c, Instant from, Instant to) throws SQLException {
        Duration period = Duration.ofDays(c.days());
        String good = "metric_value " + sql(c.op()) + " ?";
        StringBuilder sql = new StringBuilder("SELECT COUNT(*), SUM(CASE WHEN " + good + " THEN 1 ELSE 0 END)");
        for (int w = 0; w < BURN_DIVISORS.length; w++) {
            sql.append(", SUM(CASE WHEN occurred_at >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN occurred_at >= ? AND ").append(good).append(" THEN 1 ELSE 0 END)");
        }
        sql.append(" FROM interaction_metric WHERE touchpoint_seq = ? AND metric_id = ? AND occurred_at >= ? AND occurred_at < ?");
        long nanos = 0;
        for (String touchpointId : touchpointIds) {
            Site site = sites.get(touchpointId);
            long started = System.nanoTime();
            try (PreparedStatement q = db.prepareStatement(sql.toString())) {
                int i = 1;
                q.setDouble(i++, c.threshold());
                for (int divisor : BURN_DIVISORS) {
                    String start = mysql(to.minus(period.dividedBy(divisor)));
                    q.setString(i++, start);
                    q.setString(i++, start);
                    q.setDouble(i++, c.threshold());
                }
                q.setInt(i++, site.seq());
                q.setInt(i++, site.metrics().get(c.metric()));
                q.setString(i++, mysql(from));
                q.setString(i, mysql(to));
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    rs.getLong(1);
                }
            }
            nanos += System.nanoTime() - started;
        }
        return nanos;
    }

    private long contingency(String touchpointId, RecomputeScenario.Commitment c, Instant from, Instant to) throws SQLException {
        Site site = sites.get(touchpointId);
        long started = System.nanoTime();
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*), SUM(am * bm), SUM(am * (1 - bm)), SUM((1 - am) * bm) FROM ("
                + "SELECT CASE WHEN a.metric_value <= 180 THEN 1 ELSE 0 END AS am, CASE WHEN b.metric_value " + sql(c.op()) + " ? THEN 1 ELSE 0 END AS bm "
                + "FROM interaction_metric a JOIN interaction_metric b ON b.touchpoint_seq = a.touchpoint_seq AND b.metric_id = ? "
                + "AND b.occurred_at = a.occurred_at AND b.interaction_id = a.interaction_id "
                + "WHERE a.touchpoint_seq = ? AND a.metric_id = ? AND a.occurred_at >= ? AND a.occurred_at < ?) x")) {
            q.setDouble(1, c.threshold());
            q.setInt(2, site.metrics().get(c.metric()));
            q.setInt(3, site.seq());
            q.setInt(4, site.metrics().get("handle_seconds"));
            q.setString(5, mysql(from));
            q.setString(6, mysql(to));
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                rs.getLong(1);
            }
        }
        return System.nanoTime() - started;
    }

    private static String sql(String op) {
        return switch (op) {
            case "LT" -> "<";
            case "LE" -> "<=";
            case "GT" -> ">";
            case "GE" -> ">=";
            default -> "=";
        };
    }

    private static String mysql(Instant instant) {
        return instant.toString().replace('T', ' ').replace("Z", "");
    }
}
