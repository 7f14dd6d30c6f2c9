package io.brandbridge.touchpoint.brands;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * What touchpoint-service holds of a brand once promise-service deletes it: refused while the brand has touchpoints (their
 * interactions are the audit trail and are deleted with them, one by one), otherwise its data policy and every
 * {@link BrandOwnedData} go in one transaction. Deleting twice, or a brand that never had data, is fine.
 */
@Singleton
class BrandDataDeletion {

    private final TransactionOperations<Connection> transactions;
    private final BrandDataPolicies policies;
    private final List<BrandOwnedData> owned;

    BrandDataDeletion(TransactionOperations<Connection> transactions, BrandDataPolicies policies, List<BrandOwnedData> owned) {
        this.transactions = transactions;
        this.policies = policies;
        this.owned = owned;
    }

    void delete(String brandId) {
        JdbcWork.write(transactions, "Deleting a brand's data failed", connection -> {
            long touchpoints = touchpoints(connection, brandId);
            if (touchpoints > 0) {
                throw ProblemException.conflict("Brand '" + brandId + "' still has " + touchpoints
                        + (touchpoints == 1 ? " touchpoint" : " touchpoints") + "; delete " + (touchpoints == 1 ? "it" : "them") + " first");
            }
            policies.delete(brandId);
            for (BrandOwnedData data : owned) {
                data.deleteBrand(connection, brandId);
            }
            return null;
        });
    }

    private static long touchpoints(Connection connection, String brandId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM touchpoint WHERE brand_id = ?")) {
            query.setString(1, brandId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
