package io.brandbridge.touchpoint.counters;

import io.brandbridge.touchpoint.metrics.Predicate;
import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** What stats answers read from the counters: which touchpoints have a predicate READY, and its hours there. */
@Singleton
public class CounterReads {

    private final PredicateUse use;

    CounterReads(PredicateUse use) {
        this.use = use;
    }

    /**
     * Touchpoint seq to the seq of the predicate {@code a} (with {@code b}: the pair) where its backfill is complete;
     * touchpoints without one are absent.
     */
    public Map<Integer, Integer> ready(Connection connection, Predicate a, @Nullable Predicate b, Collection<Integer> touchpointSeqs)
            throws SQLException {
        Map<Integer, Integer> ready = new HashMap<>();
        if (touchpointSeqs.isEmpty()) {
            return ready;
        }
        String sql = "SELECT pt.touchpoint_seq, p.seq FROM stats_predicate p JOIN stats_predicate_touchpoint pt ON pt.predicate_seq = p.seq"
                + " WHERE p.kind = ? AND p.conditions = ? AND pt.state = 'READY' AND pt.touchpoint_seq IN ("
                + "?,".repeat(touchpointSeqs.size() - 1) + "?)";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, (b == null ? PredicateKind.ATTAINMENT : PredicateKind.PAIR).name());
            query.setString(2, StandingPredicate.conditions(a, b));
            int i = 3;
            for (int seq : touchpointSeqs) {
                query.setInt(i++, seq);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ready.put(rs.getInt(1), rs.getInt(2));
                }
            }
        }
        return ready;
    }

    /** Notes that these predicates answered a question; call it outside the read, as it may write. */
    public void used(Collection<Integer> predicateSeqs) {
        predicateSeqs.stream().distinct().forEach(use::used);
    }

    /** Hour start to {valid, good} for whole hours in [fromHour, toHour); hours without interactions are absent. */
    public NavigableMap<Instant, long[]> attainmentHours(Connection connection, int predicateSeq, int touchpointSeq, Instant fromHour, Instant toHour)
            throws SQLException {
        return hours(connection, "SELECT hour_start, valid, good FROM stats_counter_hour", 2, predicateSeq, touchpointSeq, fromHour, toHour);
    }

    /** Hour start to {bothMet, aOnly, bOnly, neither} for whole hours in [fromHour, toHour). */
    public NavigableMap<Instant, long[]> pairHours(Connection connection, int predicateSeq, int touchpointSeq, Instant fromHour, Instant toHour)
            throws SQLException {
        return hours(connection, "SELECT hour_start, both_met, a_only, b_only, neither FROM stats_pair_hour", 4, predicateSeq, touchpointSeq,
                fromHour, toHour);
    }

    private static NavigableMap<Instant, long[]> hours(Connection connection, String select, int cells, int predicateSeq, int touchpointSeq,
                                                       Instant fromHour, Instant toHour) throws SQLException {
        NavigableMap<Instant, long[]> hours = new TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(select
                + " WHERE predicate_seq = ? AND touchpoint_seq = ? AND hour_start >= ? AND hour_start < ?")) {
            query.setInt(1, predicateSeq);
            query.setInt(2, touchpointSeq);
            query.setString(3, DbTimes.sql(fromHour));
            query.setString(4, DbTimes.sql(toHour));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long[] counts = new long[cells];
                    for (int c = 0; c < cells; c++) {
                        counts[c] = rs.getLong(c + 2);
                    }
                    hours.put(DbTimes.fromDb(rs.getObject(1, LocalDateTime.class)), counts);
                }
            }
        }
        return hours;
    }
}
