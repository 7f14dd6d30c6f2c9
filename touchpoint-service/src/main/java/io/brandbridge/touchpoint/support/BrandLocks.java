package io.brandbridge.touchpoint.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The per-brand lock journey derivation takes, as it changes interactions at every touchpoint of a brand.
 * Lock order, everywhere: the touchpoint row ({@link TouchpointLocks}) first, then this brand row, then data rows.
 */
public final class BrandLocks {

    private BrandLocks() {
    }

    /**
     * Locks the brand's row for the transaction, creating it on first use; lock wait timeouts are retried until {@code wait} has
     * passed. One upsert takes the exclusive lock at once: an INSERT refused as a duplicate would hold a shared lock, and two
     * pushes upgrading theirs deadlock, which rolls back a whole push.
     */
    public static void lock(Connection connection, String brandId, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "INSERT INTO journey_brand_lock (brand_id) VALUES (?) ON DUPLICATE KEY UPDATE brand_id = VALUES(brand_id)")) {
                lock.setString(1, brandId);
                lock.executeUpdate();
                return;
            } catch (SQLException e) {
                if (!SqlErrors.isLockWaitTimeout(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                TouchpointLocks.sleepBriefly();
            }
        }
    }
}
