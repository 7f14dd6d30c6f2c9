package io.brandbridge.touchpoint.privacy;

import io.brandbridge.defaults.ids.Ids;
import io.brandbridge.touchpoint.support.DbTimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The {@code erasure_audit} rows, written in the erasure's own transaction so an erasure and its record commit together. */
final class ErasureAudit {

    /** Longest caller name stored; client names are far shorter. */
    private static final int MAX_REQUESTED_BY = 200;

    /** One stored row; {@code seq} is the list's sort key. */
    record Entry(long seq, String id, String brandId, String requestedBy, long interactionsAffected, Instant erasedAt) {
    }

    private ErasureAudit() {
    }

    /** Adds the row and answers its id. */
    static String record(Connection connection, String brandId, String requestedBy, long interactionsAffected, Instant erasedAt)
            throws SQLException {
        String id = Ids.newId("era");
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO erasure_audit (id, brand_id, requested_by, interactions_affected, erased_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, brandId);
            insert.setString(3, requestedBy.length() > MAX_REQUESTED_BY ? requestedBy.substring(0, MAX_REQUESTED_BY) : requestedBy);
            insert.setLong(4, interactionsAffected);
            insert.setString(5, DbTimes.sql(erasedAt));
            insert.executeUpdate();
        }
        return id;
    }

    /** The brand's rows newest first, below {@code beforeSeq} (0 for the first page). */
    static List<Entry> page(Connection connection, String brandId, long beforeSeq, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, id, requested_by, interactions_affected, erased_at"
                + " FROM erasure_audit WHERE brand_id = ?" + (beforeSeq > 0 ? " AND seq < ?" : "") + " ORDER BY seq DESC LIMIT ?")) {
            int i = 1;
            query.setString(i++, brandId);
            if (beforeSeq > 0) {
                query.setLong(i++, beforeSeq);
            }
            query.setInt(i, limit);
            List<Entry> entries = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new Entry(rs.getLong(1), rs.getString(2), brandId, rs.getString(3), rs.getLong(4),
                            DbTimes.fromDb(rs.getObject(5, LocalDateTime.class))));
                }
            }
            return entries;
        }
    }

    /** Forgets the brand's erasure records when the brand goes; answers how many there were. */
    static int deleteBrand(Connection connection, String brandId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM erasure_audit WHERE brand_id = ?")) {
            delete.setString(1, brandId);
            return delete.executeUpdate();
        }
    }
}
