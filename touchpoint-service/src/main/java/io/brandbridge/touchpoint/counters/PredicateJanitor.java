package io.brandbridge.touchpoint.counters;

import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.TouchpointLocks;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops predicates no stats question or registration used for {@code touchpoint.predicates.unused-after}. The predicate row
 * goes first (so no push, read or backfill finds it again), then per touchpoint, under the touchpoint's ingest lock so no push
 * that found it before is still adding, its counters.
 */
@Singleton
class PredicateJanitor {

    private final TransactionOperations<Connection> transactions;
    private final PredicateSettings settings;
    private final PredicateUse use;
    private final Clock clock;

    PredicateJanitor(TransactionOperations<Connection> transactions, PredicateSettings settings, PredicateUse use, Clock clock) {
        this.transactions = transactions;
        this.settings = settings;
        this.use = use;
        this.clock = clock;
    }

    @Scheduled(initialDelay = "1m", fixedDelay = "${touchpoint.predicates.drop-sweep:1h}")
    void sweep() {
        dropUnused();
    }

    /** Answers how many predicates were dropped. */
    int dropUnused() {
        String cutoff = DbTimes.sql(clock.instant().minus(settings.unusedAfter()));
        List<Integer> stale = write(connection -> {
            List<Integer> seqs = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT seq FROM stats_predicate WHERE last_used_at < ?")) {
                query.setString(1, cutoff);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        seqs.add(rs.getInt(1));
                    }
                }
            }
            return seqs;
        });
        int dropped = 0;
        for (int seq : stale) {
            // A registration may have used it since the list was read.
            boolean gone = write(connection -> update(connection, "DELETE FROM stats_predicate WHERE seq = ? AND last_used_at < ?", seq, cutoff) == 1);
            if (!gone) {
                continue;
            }
            dropped++;
            use.forget(seq);
            for (String[] touchpoint : write(connection -> touchpoints(connection, seq))) {
                write(connection -> {
                    TouchpointLocks.lock(connection, touchpoint[0], settings.lockWait());
                    int touchpointSeq = Integer.parseInt(touchpoint[1]);
                    for (String table : List.of("stats_counter_hour", "stats_pair_hour", "stats_predicate_touchpoint")) {
                        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE predicate_seq = ? AND touchpoint_seq = ?")) {
                            delete.setInt(1, seq);
                            delete.setInt(2, touchpointSeq);
                            delete.executeUpdate();
                        }
                    }
                    return null;
                });
            }
        }
        return dropped;
    }

    private static List<String[]> touchpoints(Connection connection, int predicateSeq) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT t.id, t.seq FROM stats_predicate_touchpoint pt"
                + " JOIN touchpoint t ON t.seq = pt.touchpoint_seq WHERE pt.predicate_seq = ?")) {
            query.setInt(1, predicateSeq);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), Integer.toString(rs.getInt(2))});
                }
            }
        }
        return found;
    }

    private static int update(Connection connection, String sql, int seq, String cutoff) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, seq);
            update.setString(2, cutoff);
            return update.executeUpdate();
        }
    }

    private <T> T write(JdbcWork.Work<T> work) {
        return JdbcWork.write(transactions, "Dropping predicates failed", work);
    }
}
