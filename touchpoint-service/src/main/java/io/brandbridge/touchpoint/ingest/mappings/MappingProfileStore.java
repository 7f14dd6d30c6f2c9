package io.brandbridge.touchpoint.ingest.mappings;

import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.JdbcWork;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The mapping_profile rows; a change applies only to the version it was based on, so the caller can tell a race. */
@Singleton
class MappingProfileStore {

    private static final String COLUMNS = "t.id, p.name, p.version, p.definition, p.created_at, p.updated_at";

    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;

    MappingProfileStore(TransactionOperations<Connection> transactions, JsonMapper json) {
        this.transactions = transactions;
        this.json = json;
    }

    Optional<StoredProfile> find(String touchpointId, String name) {
        return JdbcWork.read(transactions, "Reading a mapping profile failed", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM mapping_profile p JOIN touchpoint t ON t.seq = p.touchpoint_seq WHERE t.id = ? AND p.name = ?")) {
                query.setString(1, touchpointId);
                query.setString(2, name);
                List<StoredProfile> rows = rows(query);
                return rows.stream().findFirst();
            }
        });
    }

    /** Profiles after {@code afterName} in name order. */
    List<StoredProfile> page(int touchpointSeq, @Nullable String afterName, int limit) {
        return JdbcWork.read(transactions, "Listing mapping profiles failed", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM mapping_profile p JOIN touchpoint t ON t.seq = p.touchpoint_seq WHERE p.touchpoint_seq = ? AND p.name > ?"
                    + " ORDER BY p.name LIMIT ?")) {
                query.setInt(1, touchpointSeq);
                query.setString(2, afterName == null ? "" : afterName);
                query.setInt(3, limit);
                return rows(query);
            }
        });
    }

    /** Stores version 1; a duplicate name is the driver's duplicate-key error. */
    void insert(int touchpointSeq, String name, MappingProfileRequest definition, Instant now) {
        JdbcWork.write(transactions, "Storing a mapping profile failed", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mapping_profile "
                    + "(touchpoint_seq, name, format, definition, version, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)")) {
                insert.setInt(1, touchpointSeq);
                insert.setString(2, name);
                insert.setString(3, definition.format());
                insert.setString(4, write(definition));
                insert.setString(5, DbTimes.sql(now));
                insert.setString(6, DbTimes.sql(now));
                return insert.executeUpdate();
            }
        });
    }

    /** Replaces the definition if the row is still at {@code version}; answers the rows changed. */
    int update(int touchpointSeq, String name, long version, MappingProfileRequest definition, Instant now) {
        return JdbcWork.write(transactions, "Storing a mapping profile failed", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE mapping_profile SET format = ?, definition = ?, "
                    + "version = version + 1, updated_at = ? WHERE touchpoint_seq = ? AND name = ? AND version = ?")) {
                update.setString(1, definition.format());
                update.setString(2, write(definition));
                update.setString(3, DbTimes.sql(now));
                update.setInt(4, touchpointSeq);
                update.setString(5, name);
                update.setLong(6, version);
                return update.executeUpdate();
            }
        });
    }

    /** Deletes the row if it is still at {@code version}; answers the rows deleted. */
    int delete(int touchpointSeq, String name, long version) {
        return JdbcWork.write(transactions, "Deleting a mapping profile failed", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM mapping_profile WHERE touchpoint_seq = ? AND name = ? AND version = ?")) {
                delete.setInt(1, touchpointSeq);
                delete.setString(2, name);
                delete.setLong(3, version);
                return delete.executeUpdate();
            }
        });
    }

    private List<StoredProfile> rows(PreparedStatement query) throws SQLException {
        List<StoredProfile> rows = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(new StoredProfile(rs.getString(1), rs.getString(2), rs.getLong(3), read(rs.getString(4)),
                        DbTimes.fromDb(rs.getObject(5, LocalDateTime.class)), DbTimes.fromDb(rs.getObject(6, LocalDateTime.class))));
            }
        }
        return rows;
    }

    private String write(MappingProfileRequest definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private MappingProfileRequest read(String definition) {
        try {
            return json.readValue(definition, MappingProfileRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
