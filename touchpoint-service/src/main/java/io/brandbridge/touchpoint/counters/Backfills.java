package io.brandbridge.touchpoint.counters;

import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.Transactions;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Counts the raw rows stored before a registration into the counters, a chunk per transaction. Each chunk locks its
 * predicate-touchpoint row, reads the checkpoint (occurred_at, interaction_id) of the first metric's rows, counts the next
 * rows below {@code backfill_below} and commits the counts with the moved checkpoint. A restart, or a second instance,
 * resumes from the committed checkpoint, so every row is counted once. At most {@code backfill-threads} run at a time.
 */
@Singleton
public class Backfills {

    private static final Logger LOG = LoggerFactory.getLogger(Backfills.class);
    private static final String START = "1000-01-01 00:00:00.000000";

    private final TransactionOperations<Connection> transactions;
    private final PredicateSettings settings;
    private final ExecutorService workers;
    private final Set<Key> running = ConcurrentHashMap.newKeySet();
    /** Tests hold the backfills to step them chunk by chunk. */
    private volatile boolean paused;

    record Key(int predicateSeq, int touchpointSeq) {
    }

    Backfills(TransactionOperations<Connection> transactions, PredicateSettings settings) {
        this.transactions = transactions;
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(settings.backfillThreads(), Thread.ofPlatform().name("backfill-", 0).daemon().factory());
    }

    /** Picks up every unfinished backfill, also those a stopped instance left. */
    @Scheduled(initialDelay = "${touchpoint.predicates.backfill-sweep:10s}", fixedDelay = "${touchpoint.predicates.backfill-sweep:10s}")
    public void sweep() {
        if (paused) {
            return;
        }
        for (Key key : pending()) {
            if (running.add(key)) {
                workers.execute(() -> {
                    try {
                        run(key);
                    } finally {
                        running.remove(key);
                    }
                });
            }
        }
    }

    /** Starts the backfills a registration added without waiting for the next sweep. */
    public void wake() {
        workers.execute(this::sweep);
    }

    /** Whether no backfill is running on this instance. */
    public boolean idle() {
        return running.isEmpty();
    }

    void pause() {
        paused = true;
    }

    void resume() {
        paused = false;
    }

    /** Counts the next chunk of one backfill in its own transaction; true when it is complete. */
    boolean step(Key key) {
        return transactions.execute(Transactions.READ_COMMITTED, status -> chunk(status.getConnection(), key));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    private List<Key> pending() {
        return transactions.executeRead(status -> {
            List<Key> keys = new ArrayList<>();
            try (PreparedStatement query = status.getConnection().prepareStatement(
                    "SELECT predicate_seq, touchpoint_seq FROM stats_predicate_touchpoint WHERE state = 'BACKFILLING'")) {
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new Key(rs.getInt(1), rs.getInt(2)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Listing backfills failed", e);
            }
            return keys;
        });
    }

    private void run(Key key) {
        int conflicts = 0;
        while (!paused && !Thread.currentThread().isInterrupted()) {
            try {
                if (step(key)) {
                    return;
                }
                conflicts = 0;
            } catch (RuntimeException e) {
                if (!SqlErrors.isLockConflict(e) || ++conflicts > 10) {
                    LOG.warn("Backfill of predicate {} at touchpoint {} stopped; the next sweep resumes it", key.predicateSeq(), key.touchpointSeq(), e);
                    return;
                }
            }
        }
    }

    /** Counts one chunk; true when the backfill is complete (or gone). */
    private boolean chunk(Connection connection, Key key) {
        try {
            Checkpoint at = checkpoint(connection, key);
            if (at == null) {
                return true;
            }
            Integer metricA = metricId(connection, key.touchpointSeq(), at.predicate().a().metric());
            Integer metricB = at.predicate().b() == null ? null : metricId(connection, key.touchpointSeq(), at.predicate().b().metric());
            boolean pair = at.predicate().kind() == PredicateKind.PAIR;
            if (metricA == null || pair && metricB == null) {
                // A metric never stored there: no row below the mark can count.
                finish(connection, key, at.occurredAt(), at.interactionId(), at.rowsDone(), true);
                return true;
            }
            HourTally tally = new HourTally(key.touchpointSeq(), List.of(at.predicate()));
            String sql = (pair
                    ? "SELECT ma.occurred_at, ma.interaction_id, ma.metric_value, mb.metric_value FROM interaction_metric ma LEFT JOIN interaction_metric mb"
                    + " ON mb.touchpoint_seq = ma.touchpoint_seq AND mb.metric_id = ? AND mb.occurred_at = ma.occurred_at AND mb.interaction_id = ma.interaction_id"
                    : "SELECT ma.occurred_at, ma.interaction_id, ma.metric_value FROM interaction_metric ma")
                    + " WHERE ma.touchpoint_seq = ? AND ma.metric_id = ? AND ma.occurred_at >= ? AND NOT (ma.occurred_at = ? AND ma.interaction_id <= ?)"
                    + " ORDER BY ma.occurred_at, ma.interaction_id LIMIT " + settings.backfillChunk();
            String[] keys = pair ? new String[] {at.predicate().a().metric(), at.predicate().b().metric()} : new String[] {at.predicate().a().metric()};
            String[] onlyA = {at.predicate().a().metric()};
            double[] values = new double[keys.length];
            int scanned = 0;
            long counted = at.rowsDone();
            String lastAt = at.occurredAt();
            long lastId = at.interactionId();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int i = 1;
                if (pair) {
                    query.setInt(i++, metricB);
                }
                query.setInt(i++, key.touchpointSeq());
                query.setInt(i++, metricA);
                query.setString(i++, at.occurredAt());
                query.setString(i++, at.occurredAt());
                query.setLong(i, at.interactionId());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        scanned++;
                        lastAt = DbTimes.sql(DbTimes.fromDb(rs.getObject(1, LocalDateTime.class)));
                        lastId = rs.getLong(2);
                        if (lastId >= at.below()) {
                            continue;
                        }
                        counted++;
                        values[0] = rs.getDouble(3);
                        if (pair) {
                            values[1] = rs.getDouble(4);
                            tally.add(lastAt, rs.wasNull() ? onlyA : keys, values);
                        } else {
                            tally.add(lastAt, keys, values);
                        }
                    }
                }
            }
            tally.writeTo(connection);
            boolean done = scanned < settings.backfillChunk();
            finish(connection, key, lastAt, lastId, counted, done);
            return done;
        } catch (SQLException e) {
            throw new IllegalStateException("Backfill chunk failed", e);
        }
    }

    private record Checkpoint(StandingPredicate predicate, long below, String occurredAt, long interactionId, long rowsDone) {
    }

    /** The locked checkpoint of a backfill still to do, or null when it is done or its predicate was dropped. */
    private static Checkpoint checkpoint(Connection connection, Key key) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pt.state, pt.backfill_below, pt.backfill_at, pt.backfill_id, pt.rows_done,"
                + " p.kind, p.conditions FROM stats_predicate_touchpoint pt JOIN stats_predicate p ON p.seq = pt.predicate_seq"
                + " WHERE pt.predicate_seq = ? AND pt.touchpoint_seq = ? FOR UPDATE")) {
            lock.setInt(1, key.predicateSeq());
            lock.setInt(2, key.touchpointSeq());
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !"BACKFILLING".equals(rs.getString(1))) {
                    return null;
                }
                LocalDateTime at = rs.getObject(3, LocalDateTime.class);
                return new Checkpoint(StandingPredicate.read(key.predicateSeq(), rs.getString(6), rs.getString(7)), rs.getLong(2),
                        at == null ? START : DbTimes.sql(DbTimes.fromDb(at)), rs.getLong(4), rs.getLong(5));
            }
        }
    }

    private static void finish(Connection connection, Key key, String at, long id, long rowsDone, boolean done) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE stats_predicate_touchpoint SET backfill_at = ?, backfill_id = ?,"
                + " rows_done = ?, state = ?" + (done ? ", rows_total = ?" : "") + " WHERE predicate_seq = ? AND touchpoint_seq = ?")) {
            update.setString(1, at);
            update.setLong(2, id);
            update.setLong(3, rowsDone);
            update.setString(4, done ? "READY" : "BACKFILLING");
            int i = 5;
            if (done) {
                // What was counted is the total: the registration's count may not have landed yet.
                update.setLong(i++, rowsDone);
            }
            update.setInt(i++, key.predicateSeq());
            update.setInt(i, key.touchpointSeq());
            update.executeUpdate();
        }
    }

    private static Integer metricId(Connection connection, int touchpointSeq, String metric) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT metric_id FROM touchpoint_metric WHERE touchpoint_seq = ? AND metric_key = ?")) {
            query.setInt(1, touchpointSeq);
            query.setString(2, metric);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }
}
