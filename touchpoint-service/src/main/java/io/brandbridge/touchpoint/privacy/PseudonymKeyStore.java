package io.brandbridge.touchpoint.privacy;

import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.SqlErrors;
import io.brandbridge.touchpoint.support.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The brands' pseudonym keys, newest first. Read from the database on every use rather than cached, so
 * a rotation on one instance applies to the next push on every instance.
 */
@Singleton
class PseudonymKeyStore {

    private static final int KEY_BYTES = 32;

    private final TransactionOperations<Connection> transactions;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    PseudonymKeyStore(TransactionOperations<Connection> transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every key version of the brand, newest first; creates the first one on first use. */
    List<PseudonymKey> keys(String brandId) {
        List<PseudonymKey> keys = read(brandId);
        if (!keys.isEmpty()) {
            return keys;
        }
        add(brandId, 1);
        return read(brandId);
    }

    /** Adds the next key version; answers it. */
    PseudonymKey rotate(String brandId) {
        while (true) {
            List<PseudonymKey> keys = read(brandId);
            int next = keys.isEmpty() ? 1 : keys.getFirst().version() + 1;
            if (add(brandId, next)) {
                return read(brandId).getFirst();
            }
        }
    }

    void delete(String brandId) {
        transactions.execute(Transactions.READ_COMMITTED, status -> {
            try (PreparedStatement delete = status.getConnection().prepareStatement("DELETE FROM brand_pseudonym_key WHERE brand_id = ?")) {
                delete.setString(1, brandId);
                return delete.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Deleting pseudonym keys failed", e);
            }
        });
    }

    private List<PseudonymKey> read(String brandId) {
        return transactions.execute(Transactions.READ_COMMITTED, status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(
                    "SELECT version, secret, created_at FROM brand_pseudonym_key WHERE brand_id = ? ORDER BY version DESC")) {
                query.setString(1, brandId);
                List<PseudonymKey> keys = new ArrayList<>(2);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new PseudonymKey(brandId, rs.getInt(1), rs.getBytes(2), DbTimes.fromDb(rs.getObject(3, LocalDateTime.class))));
                    }
                }
                return keys;
            } catch (SQLException e) {
                throw new IllegalStateException("Reading pseudonym keys failed", e);
            }
        });
    }

    /** False when another instance added that version first. */
    private boolean add(String brandId, int version) {
        byte[] secret = new byte[KEY_BYTES];
        random.nextBytes(secret);
        return transactions.execute(Transactions.READ_COMMITTED, status -> {
            try (PreparedStatement insert = status.getConnection().prepareStatement(
                    "INSERT INTO brand_pseudonym_key (brand_id, version, secret, created_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, brandId);
                insert.setInt(2, version);
                insert.setBytes(3, secret);
                insert.setString(4, DbTimes.sql(clock.instant().truncatedTo(ChronoUnit.MICROS)));
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    return false;
                }
                throw new IllegalStateException("Adding a pseudonym key failed", e);
            }
        });
    }
}
