package io.brandbridge.touchpoint.support;

import io.micronaut.data.connection.ConnectionOperations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads what the API does not show: one number of a query with one parameter, such as an internal key or a row count. */
public final class StoredRows {

    private StoredRows() {
    }

    public static long number(ConnectionOperations<Connection> connections, String sql, Object parameter) {
        return connections.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(sql)) {
                query.setObject(1, parameter);
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The internal key the interaction tables store for a touchpoint. */
    public static int touchpointSeq(ConnectionOperations<Connection> connections, String touchpointId) {
        return (int) number(connections, "SELECT seq FROM touchpoint WHERE id = ?", touchpointId);
    }
}
