package io.brandbridge.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The bulk-load yardstick: the same interactions written to TSV files and loaded with
 * LOAD DATA LOCAL INFILE into empty copies of interaction and interaction_metric (same columns and
 * indexes). Only the two LOAD DATA statements are timed.
 */
final class LoadDataBaseline {

    record Result(long interactions, long metricRows, long nanos) {

        double perSecond() {
            return interactions * 1e9 / nanos;
        }
    }

    private final String dbUrl;
    private final String user;
    private final String password;

    LoadDataBaseline(String dbUrl, String user, String password) {
        this.dbUrl = dbUrl;
        this.user = user;
        this.password = password;
    }

    /**
     * @param calls          the pushed calls in push order, batch by batch
     * @param touchpointSeqs the service's internal number of each site's touchpoint
     * @param metricIds      per site, the service's number for each metric key
     */
    Result load(Iterable<List<CallCentreCalls.Call>> calls, int[] touchpointSeqs, List<Map<String, Integer>> metricIds, String receivedAt)
            throws IOException, SQLException {
        Path dir = Files.createTempDirectory("bench-load-data");
        Path interactions = dir.resolve("interaction.tsv");
        Path metrics = dir.resolve("interaction_metric.tsv");
        long interactionRows = 0;
        long metricRows = 0;
        long[] ids = new long[touchpointSeqs.length];
        try (BufferedWriter i = Files.newBufferedWriter(interactions, StandardCharsets.UTF_8);
             BufferedWriter m = Files.newBufferedWriter(metrics, StandardCharsets.UTF_8)) {
            for (List<CallCentreCalls.Call> batch : calls) {
                long firstId = ids[batch.getFirst().site()];
                for (CallCentreCalls.Call call : batch) {
                    long id = ++ids[call.site()];
                    i.write(touchpointSeqs[call.site()] + "\t" + call.sqlTime() + "\t" + id + "\t" + call.externalId() + "\t"
                            + (call.journeyId() == null ? "\\N" : call.journeyId()) + "\t" + (call.customerRef() == null ? "\\N" : call.customerRef()) + "\t"
                            + call.metricsJson() + "\t" + call.attributesJson() + "\t" + receivedAt + "\n");
                    interactionRows++;
                }
                // Grouped by metric within a batch, as the service writes them.
                for (int k = 0; k < CallCentreCalls.METRICS.length; k++) {
                    long id = firstId;
                    for (CallCentreCalls.Call call : batch) {
                        id++;
                        double value = call.metrics()[k];
                        if (!Double.isNaN(value)) {
                            Integer metricId = metricIds.get(call.site()).get(CallCentreCalls.METRICS[k]);
                            m.write(touchpointSeqs[call.site()] + "\t" + metricId + "\t" + call.sqlTime() + "\t" + id + "\t" + (long) value + "\n");
                            metricRows++;
                        }
                    }
                }
            }
        }
        try (Connection connection = DriverManager.getConnection(dbUrl, user, password); Statement sql = connection.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS load_interaction");
            sql.execute("DROP TABLE IF EXISTS load_interaction_metric");
            sql.execute("CREATE TABLE load_interaction LIKE interaction");
            sql.execute("CREATE TABLE load_interaction_metric LIKE interaction_metric");
            long start = System.nanoTime();
            sql.execute("LOAD DATA LOCAL INFILE '" + interactions + "' INTO TABLE load_interaction CHARACTER SET utf8mb4"
                    + " FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'"
                    + " (touchpoint_seq, occurred_at, id, external_id, journey_id, customer_ref, metrics, attributes, received_at)");
            sql.execute("LOAD DATA LOCAL INFILE '" + metrics + "' INTO TABLE load_interaction_metric CHARACTER SET utf8mb4"
                    + " FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n'"
                    + " (touchpoint_seq, metric_id, occurred_at, interaction_id, metric_value)");
            long nanos = System.nanoTime() - start;
            sql.execute("DROP TABLE load_interaction");
            sql.execute("DROP TABLE load_interaction_metric");
            return new Result(interactionRows, metricRows, nanos);
        } finally {
            Files.deleteIfExists(interactions);
            Files.deleteIfExists(metrics);
            Files.deleteIfExists(dir);
        }
    }
}
