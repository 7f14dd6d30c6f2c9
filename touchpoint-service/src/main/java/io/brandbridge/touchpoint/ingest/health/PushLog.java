package io.brandbridge.touchpoint.ingest.health;

import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** The {@code ingest_push} rows: one per push that answered a report, summed per touchpoint in SQL. */
@Singleton
public class PushLog {

    /** How long rows are kept, and so how far back {@code lastPushAt} can see. */
    public static final Duration RETENTION = Duration.ofDays(30);

    private static final String INSERT = "INSERT INTO ingest_push (touchpoint_seq, received_at, received, accepted, updated, duplicates, rejected) "
            + "SELECT seq, ?, ?, ?, ?, ?, ? FROM touchpoint WHERE id = ?";

    /** One touchpoint's pushes with {@code from < receivedAt <= to}, and its latest push of all kept. */
    public record Summary(@Nullable Instant lastPushAt, long pushes, long received, long accepted, long updated, long duplicates, long rejected) {
    }

    private final TransactionOperations<Connection> transactions;

    PushLog(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Logs a push in the caller's transaction, so it commits with the push's records or not at all. By touchpoint id: a push
     * that stored nothing has no lock and no internal key, and one into a touchpoint deleted meanwhile logs nothing.
     */
    public void record(Connection connection, String touchpointId, Instant receivedAt, PushCounts counts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            // Whole seconds: Connector/J drops fractions on MariaDB 10.x, and the time must read back as it is answered.
            insert.setString(1, DbTimes.sql(receivedAt.truncatedTo(ChronoUnit.SECONDS)));
            insert.setInt(2, counts.received());
            insert.setInt(3, counts.accepted());
            insert.setInt(4, counts.updated());
            insert.setInt(5, counts.duplicates());
            insert.setInt(6, counts.rejected());
            insert.setString(7, touchpointId);
            insert.executeUpdate();
        }
    }

    /** Logs a push that wrote nothing else, in a transaction of its own. */
    public void record(String touchpointId, Instant receivedAt, PushCounts counts) {
        JdbcWork.write(transactions, "Logging a push failed", connection -> {
            record(connection, touchpointId, receivedAt, counts);
            return null;
        });
    }

    public Summary summary(int touchpointSeq, Instant from, Instant to) {
        return JdbcWork.read(transactions, "Reading the push log failed", connection -> {
            Instant last = null;
            // The index's last entry of the touchpoint.
            try (PreparedStatement query = connection.prepareStatement("SELECT MAX(received_at) FROM ingest_push WHERE touchpoint_seq = ?")) {
                query.setInt(1, touchpointSeq);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    LocalDateTime at = rs.getObject(1, LocalDateTime.class);
                    last = at == null ? null : DbTimes.fromDb(at);
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*), COALESCE(SUM(received), 0), COALESCE(SUM(accepted), 0), "
                    + "COALESCE(SUM(updated), 0), COALESCE(SUM(duplicates), 0), COALESCE(SUM(rejected), 0) FROM ingest_push "
                    + "WHERE touchpoint_seq = ? AND received_at > ? AND received_at <= ?")) {
                query.setInt(1, touchpointSeq);
                query.setString(2, DbTimes.sql(from));
                query.setString(3, DbTimes.sql(to));
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return new Summary(last, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
                }
            }
        });
    }

    /** Deletes the rows received before {@code cutoff}; answers how many. */
    public int deleteBefore(Instant cutoff) {
        return JdbcWork.write(transactions, "Deleting old push log rows failed", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ingest_push WHERE received_at < ?")) {
                delete.setString(1, DbTimes.sql(cutoff));
                return delete.executeUpdate();
            }
        });
    }
}
