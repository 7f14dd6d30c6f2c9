package io.brandbridge.touchpoint.counters;

import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Records when a predicate last served a stats question, writing at most once a minute per predicate and instance. */
@Singleton
class PredicateUse {

    private static final Duration EVERY = Duration.ofMinutes(1);

    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Map<Integer, Instant> written = new ConcurrentHashMap<>();

    PredicateUse(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    void used(int predicateSeq) {
        Instant now = clock.instant();
        Instant last = written.get(predicateSeq);
        if (last != null && Duration.between(last, now).compareTo(EVERY) < 0) {
            return;
        }
        written.put(predicateSeq, now);
        // Its own transaction: the stats answer reads in a read-only one.
        transactions.executeWrite(status -> {
            try (PreparedStatement update = status.getConnection().prepareStatement(
                    "UPDATE stats_predicate SET last_used_at = ? WHERE seq = ? AND last_used_at < ?")) {
                update.setString(1, DbTimes.sql(now));
                update.setInt(2, predicateSeq);
                update.setString(3, DbTimes.sql(now));
                return update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Marking a predicate used failed", e);
            }
        });
    }

    void forget(int predicateSeq) {
        written.remove(predicateSeq);
    }
}
