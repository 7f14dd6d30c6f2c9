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

    /** Locks the brand's row for the transaction, creating it on first use; lock timeouts are retried until {@code wait} has passed. */
    public static void lock(Connection connection, String brandId, Duration wait) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try (PreparedStatement lock = connection.prepareStatement("UPDATE journey_brand_lock SET brand_id = brand_id WHERE brand_id = ?")) {
                lock.setString(1, brandId);
                if (lock.executeUpdate() == 1) {
                    return;
                }
                try (PreparedStatement create = connection.prepareStatement("INSERT INTO journey_brand_lock (brand_id) VALUES (?)")) {
                    create.setString(1, brandId);
                    create.executeUpdate();
                    return;
                }
            } catch (SQLException e) {
                // A duplicate key means another transaction created the row meanwhile: lock it on the next round.
                if (!SqlErrors.isDuplicateKey(e) && !SqlErrors.isLockConflict(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                TouchpointLocks.sleepBriefly();
            }
        }
    }
}
