package io.brandbridge.bench.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the handoff matrix through the API against a hand-written SQL baseline that builds the journeys from the raw
 * interaction table with window functions (journeys by journeyId, else by customer cut at gaps over 7 days; a
 * customer's next contact within 7 days marks a contact followed up), and checks both count the same handoffs.
 */
final class HandoffTiming {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Pattern HANDOFF = Pattern.compile(
            "\\{\"fromTouchpointId\":\"([^\"]+)\",\"toTouchpointId\":\"([^\"]+)\",\"count\":(\\d+),\"followedUp\":(\\d+)");

    // Ties are broken by touchpoint id, then externalId, as the definitions say.
    private static final String BASELINE = """
            WITH contact AS (
              SELECT i.touchpoint_seq AS tp, t.id AS tp_id, i.occurred_at AS at, i.external_id AS xid, i.journey_id AS jid, i.customer_ref AS cust
              FROM interaction i JOIN touchpoint t ON t.seq = i.touchpoint_seq
              WHERE i.touchpoint_seq IN (%1$s) AND (i.journey_id IS NOT NULL OR i.customer_ref IS NOT NULL)
            ), followed AS (
              SELECT contact.*,
                     CASE WHEN cust IS NULL THEN 0
                          WHEN LEAD(at) OVER (PARTITION BY cust ORDER BY at, tp_id, xid) <= at + INTERVAL 7 DAY THEN 1 ELSE 0 END AS fu,
                     CASE WHEN jid IS NOT NULL THEN 0
                          WHEN LAG(at) OVER (PARTITION BY cust, jid IS NULL ORDER BY at, tp_id, xid) >= at - INTERVAL 7 DAY THEN 0 ELSE 1 END AS starts
              FROM contact
            ), keyed AS (
              SELECT followed.*,
                     CASE WHEN jid IS NOT NULL THEN CONCAT('j:', jid)
                          ELSE CONCAT('c:', cust, ':', SUM(starts) OVER (PARTITION BY cust, jid IS NULL ORDER BY at, tp_id, xid)) END AS journey
              FROM followed
            ), paired AS (
              SELECT tp, at, LEAD(tp) OVER w AS next_tp, LEAD(fu) OVER w AS next_fu
              FROM keyed WINDOW w AS (PARTITION BY journey ORDER BY at, tp_id, xid)
            )
            SELECT tp, next_tp, COUNT(*), SUM(next_fu) FROM paired
            WHERE next_tp IS NOT NULL AND next_tp <> tp AND at >= ? AND at < ?
            GROUP BY tp, next_tp ORDER BY tp, next_tp""";

    record Timing(long handoffs, double apiMillis, double sqlMillis, boolean same) {
        double ratio() {
            return apiMillis / sqlMillis;
        }
    }

    private final BenchApi api;
    private final String dbUrl;
    private final String user;
    private final String password;
    private final List<String> touchpointIds;
    private final int[] touchpointSeqs;

    HandoffTiming(BenchApi api, String dbUrl, String user, String password, List<String> touchpointIds, int[] touchpointSeqs) {
        this.api = api;
        this.dbUrl = dbUrl;
        this.user = user;
        this.password = password;
        this.touchpointIds = touchpointIds;
        this.touchpointSeqs = touchpointSeqs;
    }

    /** Medians of {@code repeats} runs each, the API and the SQL taking turns. */
    Timing time(Instant from, Instant to, int repeats) throws Exception {
        String body = "{\"touchpointIds\":[\"" + String.join("\",\"", touchpointIds) + "\"],\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
        String sql = String.format(Locale.ROOT, BASELINE, String.join(",", Arrays.stream(touchpointSeqs).mapToObj(Integer::toString).toList()));
        double[] apiMillis = new double[repeats];
        double[] sqlMillis = new double[repeats];
        TreeMap<String, long[]> fromApi = new TreeMap<>();
        TreeMap<String, long[]> fromSql = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(dbUrl, user, password)) {
            for (int r = 0; r < repeats; r++) {
                long start = System.nanoTime();
                String answer = api.stats("/api/v1/stats/handoffs", body);
                apiMillis[r] = (System.nanoTime() - start) / 1e6;
                fromApi.clear();
                Matcher m = HANDOFF.matcher(answer);
                while (m.find()) {
                    fromApi.put(m.group(1) + ">" + m.group(2), new long[]{Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
                }
                start = System.nanoTime();
                fromSql.clear();
                try (PreparedStatement query = db.prepareStatement(sql)) {
                    query.setString(1, sqlTime(from));
                    query.setString(2, sqlTime(to));
                    try (ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            fromSql.put(idOf(rs.getInt(1)) + ">" + idOf(rs.getInt(2)), new long[]{rs.getLong(3), rs.getLong(4)});
                        }
                    }
                }
                sqlMillis[r] = (System.nanoTime() - start) / 1e6;
            }
        }
        boolean same = fromApi.keySet().equals(fromSql.keySet())
                && fromApi.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), fromSql.get(e.getKey())));
        long handoffs = fromApi.values().stream().mapToLong(c -> c[0]).sum();
        return new Timing(handoffs, median(apiMillis), median(sqlMillis), same);
    }

    private String idOf(int seq) {
        for (int s = 0; s < touchpointSeqs.length; s++) {
            if (touchpointSeqs[s] == seq) {
                return touchpointIds.get(s);
            }
        }
        return "seq" + seq;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static String sqlTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(SQL_TIME);
    }

    static List<String> describe(Timing t) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "handoff matrix: %,d handoffs; API %.0f ms vs window-function SQL %.0f ms = %.2f (target <= 1.5); same counts: %s",
                t.handoffs(), t.apiMillis(), t.sqlMillis(), t.ratio(), t.same()));
        return lines;
    }
}
