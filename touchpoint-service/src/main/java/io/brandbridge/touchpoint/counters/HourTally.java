package io.brandbridge.touchpoint.counters;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts interactions per UTC hour for every standing predicate of one touchpoint in memory, then adds them to the
 * counter tables with one multi-row upsert per table (per 1000 rows), in key order so concurrent writers lock rows in
 * the same order. The ingest tallies the rows a push stored; the backfill those below the registration's high-water mark.
 */
public final class HourTally {

    private static final int ROWS_PER_STATEMENT = 1000;
    /** {@code yyyy-MM-dd HH} of an occurredAt text: its UTC hour. */
    private static final int HOUR_PREFIX = 13;
    private static final String UPSERT_COUNTER = "INSERT INTO stats_counter_hour (predicate_seq, touchpoint_seq, hour_start, valid, good) VALUES ";
    private static final String ON_COUNTER = " ON DUPLICATE KEY UPDATE valid = valid + VALUES(valid), good = good + VALUES(good)";
    private static final String UPSERT_PAIR = "INSERT INTO stats_pair_hour (predicate_seq, touchpoint_seq, hour_start, both_met, a_only, b_only, neither) VALUES ";
    private static final String ON_PAIR = " ON DUPLICATE KEY UPDATE both_met = both_met + VALUES(both_met), a_only = a_only + VALUES(a_only),"
            + " b_only = b_only + VALUES(b_only), neither = neither + VALUES(neither)";

    private final int touchpointSeq;
    private final List<StandingPredicate> predicates;
    private final Map<String, Integer> metricSlots = new HashMap<>();
    private final int[] slotA;
    private final int[] slotB;
    private final int[] offset;
    private final int width;
    private final double[] values;
    private final boolean[] present;
    /** Hour ({@code yyyy-MM-dd HH}) to the cells of every predicate side by side. */
    private final Map<String, long[]> hours = new TreeMap<>();
    private String lastHour;
    private long[] lastCells;

    /** {@code predicates} sorted by seq, as the upserts go out in that order. */
    public HourTally(int touchpointSeq, List<StandingPredicate> predicates) {
        this.touchpointSeq = touchpointSeq;
        this.predicates = predicates;
        slotA = new int[predicates.size()];
        slotB = new int[predicates.size()];
        offset = new int[predicates.size()];
        int cells = 0;
        for (int i = 0; i < predicates.size(); i++) {
            StandingPredicate p = predicates.get(i);
            slotA[i] = slot(p.a().metric());
            slotB[i] = p.b() == null ? -1 : slot(p.b().metric());
            offset[i] = cells;
            cells += p.cells();
        }
        width = cells;
        values = new double[metricSlots.size()];
        present = new boolean[metricSlots.size()];
    }

    public boolean isEmpty() {
        return predicates.isEmpty();
    }

    /** Counts one stored interaction: its occurredAt as SQL text (UTC) and its metrics as parallel arrays. */
    public void add(String occurredAt, String[] metricKeys, double[] metricValues) {
        add(occurredAt, metricKeys, metricValues, 1, null);
    }

    /** The predicates in the order {@link #add(String, String[], double[], int, boolean[])} takes its {@code skip} flags. */
    public List<StandingPredicate> predicates() {
        return predicates;
    }

    /**
     * Adds ({@code sign} 1) or takes out ({@code sign} -1) one interaction's contribution, for every predicate whose
     * {@code skip} flag is not set (null: every predicate). A changed interaction takes out its old metric set and adds the new one.
     */
    public void add(String occurredAt, String[] metricKeys, double[] metricValues, int sign, boolean[] skip) {
        if (predicates.isEmpty()) {
            return;
        }
        Arrays.fill(present, false);
        boolean any = false;
        for (int k = 0; k < metricKeys.length; k++) {
            Integer slot = metricSlots.get(metricKeys[k]);
            if (slot != null) {
                present[slot] = true;
                values[slot] = metricValues[k];
                any = true;
            }
        }
        if (!any) {
            return;
        }
        long[] cells = cells(occurredAt);
        for (int i = 0; i < slotA.length; i++) {
            int a = slotA[i];
            if (!present[a] || skip != null && skip[i]) {
                continue;
            }
            StandingPredicate p = predicates.get(i);
            boolean aMet = p.a().holds(values[a]);
            if (slotB[i] < 0) {
                cells[offset[i]] += sign;
                if (aMet) {
                    cells[offset[i] + 1] += sign;
                }
            } else if (present[slotB[i]]) {
                boolean bMet = p.b().holds(values[slotB[i]]);
                cells[offset[i] + (aMet ? (bMet ? 0 : 1) : (bMet ? 2 : 3))] += sign;
            }
        }
    }

    /** Adds the tallied counts to the counter tables; rows that would add nothing are left out. */
    public void writeTo(Connection connection) throws SQLException {
        if (hours.isEmpty()) {
            return;
        }
        try (Statement upsert = connection.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < predicates.size(); i++) {
                StandingPredicate p = predicates.get(i);
                boolean pair = p.kind() == PredicateKind.PAIR;
                int rows = 0;
                for (Map.Entry<String, long[]> hour : hours.entrySet()) {
                    long[] cells = hour.getValue();
                    int at = offset[i];
                    if (allZero(cells, at, p.cells())) {
                        continue;
                    }
                    sql.append(rows == 0 ? (pair ? UPSERT_PAIR : UPSERT_COUNTER) + "(" : ",(").append(p.seq()).append(',').append(touchpointSeq)
                            .append(",'").append(hour.getKey()).append(":00:00'");
                    for (int c = 0; c < p.cells(); c++) {
                        sql.append(',').append(cells[at + c]);
                    }
                    sql.append(')');
                    if (++rows == ROWS_PER_STATEMENT) {
                        upsert.executeUpdate(sql.append(pair ? ON_PAIR : ON_COUNTER).toString());
                        sql.setLength(0);
                        rows = 0;
                    }
                }
                if (rows > 0) {
                    upsert.executeUpdate(sql.append(pair ? ON_PAIR : ON_COUNTER).toString());
                    sql.setLength(0);
                }
            }
        }
    }

    // Counts taken out and added back may cancel in one cell and not in another, so every cell is looked at.
    private static boolean allZero(long[] cells, int at, int count) {
        for (int c = at; c < at + count; c++) {
            if (cells[c] != 0) {
                return false;
            }
        }
        return true;
    }

    private long[] cells(String occurredAt) {
        // Records of a push mostly share their hour with the previous one; compare before allocating.
        if (lastHour == null || !occurredAt.regionMatches(0, lastHour, 0, HOUR_PREFIX)) {
            lastHour = occurredAt.substring(0, HOUR_PREFIX);
            lastCells = hours.computeIfAbsent(lastHour, h -> new long[width]);
        }
        return lastCells;
    }

    private int slot(String metric) {
        return metricSlots.computeIfAbsent(metric, m -> metricSlots.size());
    }
}
