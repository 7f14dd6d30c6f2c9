package io.brandbridge.touchpoint.touchpoints;

import io.brandbridge.defaults.security.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The touchpoint list in creation order; the filters combine freely, so the SQL is assembled here. */
@Singleton
class TouchpointListQuery {

    record Row(int seq, Touchpoint touchpoint) {
    }

    private final ConnectionOperations<Connection> connections;
    private final JdbcOperations jdbc;

    TouchpointListQuery(ConnectionOperations<Connection> connections, JdbcOperations jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
    }

    List<Row> find(Caller caller, @Nullable String brandId, @Nullable TouchpointType type, int afterSeq, int limitPlusOne) {
        if (!caller.allBrands() && caller.brands().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT * FROM touchpoint WHERE seq > ?");
        List<Object> params = new ArrayList<>();
        params.add(afterSeq);
        if (brandId != null) {
            sql.append(" AND brand_id = ?");
            params.add(brandId);
        }
        if (!caller.allBrands()) {
            sql.append(" AND brand_id IN (").append(String.join(",", Collections.nCopies(caller.brands().size(), "?"))).append(')');
            params.addAll(caller.brands());
        }
        if (type != null) {
            sql.append(" AND type = ?");
            params.add(type.name());
        }
        sql.append(" ORDER BY seq LIMIT ?");
        params.add(limitPlusOne);
        return connections.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getInt("seq"), jdbc.readEntity(rs, Touchpoint.class)));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Listing touchpoints failed", e);
            }
        });
    }
}
