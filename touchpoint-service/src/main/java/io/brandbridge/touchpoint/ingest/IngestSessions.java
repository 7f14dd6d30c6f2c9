package io.brandbridge.touchpoint.ingest;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.touchpoint.support.SqlErrors;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Opens an ingest session: locks the touchpoint row for the transaction and loads its metric numbering. */
@Singleton
final class IngestSessions {

    private final IngestLimits limits;

    IngestSessions(IngestLimits limits) {
        this.limits = limits;
    }

    IngestSession open(Connection connection, String touchpointId, String receivedAt) throws SQLException {
        long[] row = lockTouchpoint(connection, touchpointId);
        int seq = (int) row[0];
        Map<String, Integer> metricIds = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT metric_key, metric_id FROM touchpoint_metric WHERE touchpoint_seq = ?")) {
            query.setInt(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    metricIds.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return new IngestSession(connection, seq, row[1], metricIds, receivedAt);
    }

    /**
     * Pushes into one touchpoint take turns; a lock timeout (H2 gives up after a second, InnoDB
     * after innodb_lock_wait_timeout) is retried until {@code lockWait} has passed.
     */
    private long[] lockTouchpoint(Connection connection, String touchpointId) throws SQLException {
        long deadline = System.nanoTime() + limits.lockWait().toNanos();
        while (true) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT seq, interaction_seq FROM touchpoint WHERE id = ? FOR UPDATE")) {
                lock.setString(1, touchpointId);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound("Touchpoint", touchpointId);
                    }
                    return new long[] {rs.getInt(1), rs.getLong(2)};
                }
            } catch (SQLException e) {
                if (!SqlErrors.isLockConflict(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                sleepBriefly();
            }
        }
    }

    private static void sleepBriefly() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
