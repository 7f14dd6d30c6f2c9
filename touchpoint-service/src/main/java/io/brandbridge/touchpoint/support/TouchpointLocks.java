package io.brandbridge.touchpoint.support;

import io.brandbridge.defaults.problem.ProblemException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The touchpoint row lock pushes take for their transaction; registering a standing predicate takes it too,
 * so it reads the last interaction id no push is still writing below.
 */
public final class TouchpointLocks {

    /** The locked touchpoint's internal key, the last interaction number handed out there and its brand. */
    public record Locked(int seq, long lastInteractionId, String brandId) {
    }

    private TouchpointLocks() {
    }

    /**
     * Pushes into one touchpoint take turns; a lock timeout (H2 gives up after a second, InnoDB
     * after innodb_lock_wait_timeout) is retried until {@code wait} has passed.
     */
    public static Locked lock(Connection connection, String touchpointId, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT seq, interaction_seq, brand_id FROM touchpoint WHERE id = ? FOR UPDATE")) {
                lock.setString(1, touchpointId);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound("Touchpoint", touchpointId);
                    }
                    return new Locked(rs.getInt(1), rs.getLong(2), rs.getString(3));
                }
            } catch (SQLException e) {
                if (!SqlErrors.isLockWaitTimeout(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                sleepBriefly();
            }
        }
    }

    static void sleepBriefly() {
        try {
            TimeUnit.MILLISECONDS.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
