package io.brandbridge.bench.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times an attainment question through the API against the best single SQL statement for the same
 * counts, run on its own connection, and checks both give the same numbers.
 */
final class StatsTiming {

    record Question(String name, List<Integer> sites, String metric, String op, double threshold, Instant from, Instant to, String bucket) {
    }

    record Timing(Question question, long valid, long good, int buckets, double apiMillis, double sqlMillis) {

        double ratio() {
            return apiMillis / sqlMillis;
        }
    }

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final Pattern VALID = Pattern.compile("^\\{\"valid\":(\\d+),\"good\":(\\d+)");

    private final BenchApi api;
    private final String dbUrl;
    private final String user;
    private final String password;
    private final List<String> touchpointIds;
    private final int[] touchpointSeqs;
    private final List<Map<String, Integer>> metricIds;

    StatsTiming(BenchApi api, String dbUrl, String user, String password, List<String> touchpointIds, int[] touchpointSeqs,
                List<Map<String, Integer>> metricIds) {
        this.api = api;
        this.dbUrl = dbUrl;
        this.user = user;
        this.password = password;
        this.touchpointIds = touchpointIds;
        this.touchpointSeqs = touchpointSeqs;
        this.metricIds = metricIds;
    }

    Timing time(Question q, int repeats) throws Exception {
        String body = "{\"touchpointIds\":[" + String.join(",", q.sites().stream().map(s -> "\"" + touchpointIds.get(s) + "\"").toList())
                + "],\"metric\":\"" + q.metric() + "\",\"op\":\"" + q.op() + "\",\"threshold\":" + q.threshold()
                + ",\"from\":\"" + q.from() + "\",\"to\":\"" + q.to() + "\"" + (q.bucket() == null ? "" : ",\"bucket\":\"" + q.bucket() + "\"") + "}";
        String sql = sql(q);
        long[] apiCounts = null;
        long[] sqlCounts = null;
        double[] apiTimes = new double[repeats];
        double[] sqlTimes = new double[repeats];
        try (Connection connection = DriverManager.getConnection(dbUrl, user, password)) {
            // Warm both paths (JIT, buffer pool) before timing; then alternate so neither gets the warmer cache.
            for (int i = -2; i < repeats; i++) {
                long start = System.nanoTime();
                String answer = api.stats("/api/v1/stats/attainment", body);
                long apiNanos = System.nanoTime() - start;
                start = System.nanoTime();
                long[] counts = query(connection, sql, q);
                long sqlNanos = System.nanoTime() - start;
                Matcher m = VALID.matcher(answer);
                if (!m.find()) {
                    throw new IllegalStateException("unexpected answer " + answer.substring(0, Math.min(200, answer.length())));
                }
                apiCounts = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
                sqlCounts = counts;
                if (i >= 0) {
                    apiTimes[i] = apiNanos / 1e6;
                    sqlTimes[i] = sqlNanos / 1e6;
                }
            }
        }
        if (!Arrays.equals(apiCounts, new long[] {sqlCounts[0], sqlCounts[1]})) {
            throw new IllegalStateException(q.name() + ": the API counted " + Arrays.toString(apiCounts) + ", SQL " + Arrays.toString(sqlCounts));
        }
        return new Timing(q, sqlCounts[0], sqlCounts[1], (int) sqlCounts[2], median(apiTimes), median(sqlTimes));
    }

    /** One statement over all asked touchpoints: a range per (touchpoint, metric) on the primary key. */
    private String sql(Question q) {
        List<String> ranges = new ArrayList<>();
        for (int site : q.sites()) {
            ranges.add("(touchpoint_seq = " + touchpointSeqs[site] + " AND metric_id = " + metricIds.get(site).get(q.metric()) + ")");
        }
        String where = " FROM interaction_metric WHERE (" + String.join(" OR ", ranges) + ") AND occurred_at >= ? AND occurred_at < ?";
        String good = "SUM(CASE WHEN metric_value " + symbol(q.op()) + " " + q.threshold() + " THEN 1 ELSE 0 END)";
        if (q.bucket() == null) {
            return "SELECT COUNT(*), " + good + where;
        }
        return "SELECT TIMESTAMPDIFF(" + q.bucket() + ", ?, occurred_at) AS b, COUNT(*), " + good + where + " GROUP BY b";
    }

    private static long[] query(Connection connection, String sql, Question q) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            if (q.bucket() != null) {
                statement.setString(i++, time(q.bucket().equals("DAY") ? q.from().truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                        : q.from().truncatedTo(java.time.temporal.ChronoUnit.HOURS)));
            }
            statement.setString(i++, time(q.from()));
            statement.setString(i, time(q.to()));
            long valid = 0;
            long good = 0;
            long groups = 0;
            try (ResultSet rs = statement.executeQuery()) {
                int offset = q.bucket() == null ? 1 : 2;
                while (rs.next()) {
                    valid += rs.getLong(offset);
                    good += rs.getLong(offset + 1);
                    groups++;
                }
            }
            return new long[] {valid, good, groups};
        }
    }

    private static String symbol(String op) {
        return switch (op) {
            case "LT" -> "<";
            case "LE" -> "<=";
            case "GT" -> ">";
            case "GE" -> ">=";
            default -> "=";
        };
    }

    private static String time(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(SQL_TIME);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
