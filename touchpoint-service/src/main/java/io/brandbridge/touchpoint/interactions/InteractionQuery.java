package io.brandbridge.touchpoint.interactions;

import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pages through a touchpoint's interactions in (occurredAt, id) order: a range scan of the primary key. */
@Singleton
class InteractionQuery {

    record Row(Instant occurredAt, long id, InteractionResponse interaction) {
    }

    private static final Argument<Map<String, Object>> METRICS = Argument.mapOf(String.class, Object.class);
    private static final Argument<Map<String, String>> ATTRIBUTES = Argument.mapOf(String.class, String.class);

    private final ConnectionOperations<Connection> connections;
    private final JsonMapper json;

    InteractionQuery(ConnectionOperations<Connection> connections, JsonMapper json) {
        this.connections = connections;
        this.json = json;
    }

    /** Rows with {@code from <= occurredAt < to} after the position {@code (afterAt, afterId)}, if given. */
    List<Row> find(String touchpointId, int seq, Instant from, Instant to, Instant afterAt, long afterId, int limitPlusOne) {
        String sql = "SELECT occurred_at, id, external_id, journey_id, customer_ref, metrics, attributes, received_at, source_version FROM interaction"
                + " WHERE touchpoint_seq = ? AND occurred_at >= ? AND occurred_at < ?"
                + (afterAt == null ? "" : " AND occurred_at >= ? AND NOT (occurred_at = ? AND id <= ?)")
                + " ORDER BY occurred_at, id LIMIT ?";
        return connections.executeRead(status -> {
            try (PreparedStatement query = status.getConnection().prepareStatement(sql)) {
                int i = 1;
                query.setInt(i++, seq);
                query.setString(i++, DbTimes.sql(from));
                query.setString(i++, DbTimes.sql(to));
                if (afterAt != null) {
                    query.setString(i++, DbTimes.sql(afterAt));
                    query.setString(i++, DbTimes.sql(afterAt));
                    query.setLong(i++, afterId);
                }
                query.setInt(i, limitPlusOne);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Instant occurredAt = DbTimes.fromDb(rs.getObject(1, LocalDateTime.class));
                        String attributes = rs.getString(7);
                        long version = rs.getLong(9);
                        Long sourceVersion = rs.wasNull() ? null : version;
                        rows.add(new Row(occurredAt, rs.getLong(2), new InteractionResponse(touchpointId,
                                new String(rs.getBytes(3), StandardCharsets.UTF_8), occurredAt, rs.getString(4), rs.getString(5),
                                sourceVersion, json.readValue(rs.getString(6), METRICS),
                                attributes == null ? Map.of() : json.readValue(attributes, ATTRIBUTES),
                                DbTimes.fromDb(rs.getObject(8, LocalDateTime.class)))));
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("Listing interactions failed", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
