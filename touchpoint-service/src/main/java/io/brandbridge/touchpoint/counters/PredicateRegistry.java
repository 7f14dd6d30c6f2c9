package io.brandbridge.touchpoint.counters;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.metrics.Predicate;
import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.TouchpointLocks;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Registers standing predicates. Each touchpoint's rows are added under the touchpoint's ingest lock with the last interaction
 * id read there: every push committed before holds ids below {@code backfill_below} and is left to the backfill, every push
 * after it sees the registration and counts its own rows. So no row is counted twice or missed.
 */
@Singleton
class PredicateRegistry {

    private final TransactionOperations<Connection> transactions;
    private final PredicateSettings settings;
    private final Backfills backfills;
    private final Clock clock;

    PredicateRegistry(TransactionOperations<Connection> transactions, PredicateSettings settings, Backfills backfills, Clock clock) {
        this.transactions = transactions;
        this.settings = settings;
        this.backfills = backfills;
        this.clock = clock;
    }

    /** A touchpoint in the caller's scope. */
    record Scoped(String id, int seq) {
    }

    /** A predicate as stored: its public id and its content. */
    record Stored(String id, StandingPredicate predicate) {
    }

    PredicatesResponse register(RegisterPredicatesRequest request, Caller caller) {
        Map<String, Predicate[]> wanted = wanted(request);
        List<String> ids = List.copyOf(new LinkedHashSet<>(request.touchpointIds()));
        List<Scoped> touchpoints = read(connection -> inScope(connection, ids, caller));
        List<Stored> predicates = new ArrayList<>(wanted.size());
        for (Predicate[] conditions : wanted.values()) {
            predicates.add(findOrCreate(conditions[0], conditions[1]));
        }
        boolean added = false;
        for (Scoped touchpoint : touchpoints) {
            added |= addAt(touchpoint, predicates);
        }
        if (added) {
            backfills.wake();
        }
        return read(connection -> {
            List<PredicateResponse> answers = new ArrayList<>(predicates.size());
            for (Stored stored : predicates) {
                answers.add(PredicateResponse.of(stored.id(), stored.predicate(), progress(connection, stored.predicate().seq(), touchpoints)));
            }
            return new PredicatesResponse(answers);
        });
    }

    PredicateResponse get(String predicateId, Caller caller) {
        return read(connection -> {
            Stored stored = byId(connection, predicateId);
            if (stored == null) {
                throw ProblemException.notFound("Predicate", predicateId);
            }
            List<Scoped> touchpoints = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT t.id, t.seq, t.brand_id FROM stats_predicate_touchpoint pt"
                    + " JOIN touchpoint t ON t.seq = pt.touchpoint_seq WHERE pt.predicate_seq = ? ORDER BY t.id")) {
                query.setInt(1, stored.predicate().seq());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        if (caller.mayAccessBrand(rs.getString(3))) {
                            touchpoints.add(new Scoped(rs.getString(1), rs.getInt(2)));
                        }
                    }
                }
            }
            if (touchpoints.isEmpty()) {
                // Counted nowhere the caller may look: as good as unknown to it.
                throw ProblemException.notFound("Predicate", predicateId);
            }
            return PredicateResponse.of(stored.id(), stored.predicate(), progress(connection, stored.predicate().seq(), touchpoints));
        });
    }

    /** The distinct predicates asked for, keyed by kind and conditions, in request order; thresholds checked. */
    private static Map<String, Predicate[]> wanted(RegisterPredicatesRequest request) {
        Map<String, Predicate[]> wanted = new LinkedHashMap<>();
        List<Predicate> attainment = request.attainmentOrEmpty();
        for (int i = 0; i < attainment.size(); i++) {
            requireFinite("/attainment/" + i + "/threshold", attainment.get(i).threshold());
            wanted.putIfAbsent("A " + StandingPredicate.conditions(attainment.get(i), null), new Predicate[] {attainment.get(i), null});
        }
        List<RegisterPredicatesRequest.Pair> pairs = request.pairsOrEmpty();
        for (int i = 0; i < pairs.size(); i++) {
            RegisterPredicatesRequest.Pair pair = pairs.get(i);
            requireFinite("/pairs/" + i + "/a/threshold", pair.a().threshold());
            requireFinite("/pairs/" + i + "/b/threshold", pair.b().threshold());
            wanted.putIfAbsent("P " + StandingPredicate.conditions(pair.a(), pair.b()), new Predicate[] {pair.a(), pair.b()});
        }
        return wanted;
    }

    private static void requireFinite(String pointer, double value) {
        if (!Double.isFinite(value)) {
            throw ProblemException.invalid(pointer, "must be a finite number");
        }
    }

    /** The stored predicate with this content, created when new; either way its last use is now. */
    private Stored findOrCreate(Predicate a, @Nullable Predicate b) {
        PredicateKind kind = b == null ? PredicateKind.ATTAINMENT : PredicateKind.PAIR;
        String conditions = StandingPredicate.conditions(a, b);
        String now = DbTimes.sql(clock.instant());
        for (int attempt = 0; ; attempt++) {
            try {
                return write(connection -> {
                    Stored stored = byContent(connection, kind, conditions);
                    if (stored == null) {
                        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stats_predicate"
                                + " (id, kind, conditions, created_at, last_used_at) VALUES (?, ?, ?, ?, ?)")) {
                            insert.setString(1, Ids.newId("prd"));
                            insert.setString(2, kind.name());
                            insert.setString(3, conditions);
                            insert.setString(4, now);
                            insert.setString(5, now);
                            insert.executeUpdate();
                        }
                        return byContent(connection, kind, conditions);
                    }
                    try (PreparedStatement touch = connection.prepareStatement("UPDATE stats_predicate SET last_used_at = ? WHERE seq = ?")) {
                        touch.setString(1, now);
                        touch.setInt(2, stored.predicate().seq());
                        touch.executeUpdate();
                    }
                    return stored;
                });
            } catch (RuntimeException e) {
                // Another registration created it meanwhile: read theirs.
                if (attempt > 2 || !SqlErrors.isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
    }

    /** Adds the predicates new to the touchpoint under its lock; true when a backfill has work. */
    private boolean addAt(Scoped touchpoint, List<Stored> predicates) {
        Map<Integer, Long> added = write(connection -> {
            TouchpointLocks.Locked locked = TouchpointLocks.lock(connection, touchpoint.id(), settings.lockWait());
            Set<Integer> present = new HashSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT predicate_seq FROM stats_predicate_touchpoint WHERE touchpoint_seq = ?")) {
                query.setInt(1, touchpoint.seq());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        present.add(rs.getInt(1));
                    }
                }
            }
            long below = locked.lastInteractionId() + 1;
            // Nothing stored yet: nothing to backfill.
            String state = locked.lastInteractionId() == 0 ? PredicateState.READY.name() : PredicateState.BACKFILLING.name();
            Map<Integer, Long> fresh = new LinkedHashMap<>();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO stats_predicate_touchpoint"
                    + " (predicate_seq, touchpoint_seq, state, backfill_below, rows_done, rows_total) VALUES (?, ?, ?, ?, 0, 0)")) {
                for (Stored stored : predicates) {
                    int seq = stored.predicate().seq();
                    if (present.add(seq)) {
                        insert.setInt(1, seq);
                        insert.setInt(2, touchpoint.seq());
                        insert.setString(3, state);
                        insert.setLong(4, below);
                        insert.addBatch();
                        fresh.put(seq, below);
                    }
                }
                if (!fresh.isEmpty()) {
                    insert.executeBatch();
                }
            }
            return locked.lastInteractionId() == 0 ? Map.<Integer, Long>of() : fresh;
        });
        if (added.isEmpty()) {
            return false;
        }
        countTotals(touchpoint, predicates, added);
        return true;
    }

    /**
     * rowsTotal: the first metric's rows below the mark. Counted after the lock is released (later pushes only add ids above
     * the mark), once per metric.
     */
    private void countTotals(Scoped touchpoint, List<Stored> predicates, Map<Integer, Long> added) {
        write(connection -> {
            Map<String, Long> totals = new HashMap<>();
            try (PreparedStatement update = connection.prepareStatement("UPDATE stats_predicate_touchpoint SET rows_total = ?"
                    + " WHERE predicate_seq = ? AND touchpoint_seq = ?")) {
                for (Stored stored : predicates) {
                    Long below = added.get(stored.predicate().seq());
                    if (below == null) {
                        continue;
                    }
                    String metric = stored.predicate().a().metric();
                    Long total = totals.get(metric);
                    if (total == null) {
                        total = metricRowsBelow(connection, touchpoint.seq(), metric, below);
                        totals.put(metric, total);
                    }
                    update.setLong(1, total);
                    update.setInt(2, stored.predicate().seq());
                    update.setInt(3, touchpoint.seq());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    private static long metricRowsBelow(Connection connection, int touchpointSeq, String metric, long below) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM interaction_metric m JOIN touchpoint_metric k"
                + " ON k.touchpoint_seq = m.touchpoint_seq AND k.metric_id = m.metric_id"
                + " WHERE k.touchpoint_seq = ? AND k.metric_key = ? AND m.interaction_id < ?")) {
            count.setInt(1, touchpointSeq);
            count.setString(2, metric);
            count.setLong(3, below);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<PredicateResponse.Progress> progress(Connection connection, int predicateSeq, List<Scoped> touchpoints) throws SQLException {
        Map<Integer, PredicateResponse.Progress> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT touchpoint_seq, state, rows_done, rows_total FROM stats_predicate_touchpoint"
                + " WHERE predicate_seq = ?")) {
            query.setInt(1, predicateSeq);
            Map<Integer, String> ids = new HashMap<>();
            touchpoints.forEach(t -> ids.put(t.seq(), t.id()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String id = ids.get(rs.getInt(1));
                    if (id != null) {
                        found.put(rs.getInt(1), new PredicateResponse.Progress(id, PredicateState.valueOf(rs.getString(2)),
                                rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
        }
        List<PredicateResponse.Progress> inOrder = new ArrayList<>(found.size());
        for (Scoped touchpoint : touchpoints) {
            PredicateResponse.Progress progress = found.get(touchpoint.seq());
            if (progress != null) {
                inOrder.add(progress);
            }
        }
        return inOrder;
    }

    private static List<Scoped> inScope(Connection connection, List<String> ids, Caller caller) throws SQLException {
        Map<String, Scoped> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, seq, brand_id FROM touchpoint WHERE id IN ("
                + "?,".repeat(ids.size() - 1) + "?)")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setString(i + 1, ids.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (caller.mayAccessBrand(rs.getString(3))) {
                        found.put(rs.getString(1), new Scoped(rs.getString(1), rs.getInt(2)));
                    }
                }
            }
        }
        List<Scoped> inOrder = new ArrayList<>(found.size());
        for (String id : ids) {
            if (found.containsKey(id)) {
                inOrder.add(found.get(id));
            }
        }
        return inOrder;
    }

    private static @Nullable Stored byContent(Connection connection, PredicateKind kind, String conditions) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, seq, kind, conditions FROM stats_predicate WHERE kind = ? AND conditions = ?")) {
            query.setString(1, kind.name());
            query.setString(2, conditions);
            return one(query);
        }
    }

    private static @Nullable Stored byId(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, seq, kind, conditions FROM stats_predicate WHERE id = ?")) {
            query.setString(1, id);
            return one(query);
        }
    }

    private static @Nullable Stored one(PreparedStatement query) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            return rs.next() ? new Stored(rs.getString(1), StandingPredicate.read(rs.getInt(2), rs.getString(3), rs.getString(4))) : null;
        }
    }

    private <T> T write(JdbcWork.Work<T> write) {
        return JdbcWork.write(transactions, "Registering predicates failed", write);
    }

    private <T> T read(JdbcWork.Work<T> read) {
        return JdbcWork.read(transactions, "Reading predicates failed", read);
    }
}
