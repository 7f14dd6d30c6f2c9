package io.brandbridge.touchpoint.migrations;

import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of a migration test's own, beside the run's throwaway one on the same server (H2, or MariaDB with
 * -Dmariadb), migrated step by step; closing it drops it.
 */
final class MigrationDatabase implements AutoCloseable {

    /** One row of a query's answer, its columns read by the caller. */
    interface Row {
        String read(ResultSet rs) throws SQLException;
    }

    private final boolean mariaDb;
    private final String server;
    private final String options;
    private final String schema;
    private final String url;
    private final String user;
    private final String password;
    // An in-memory H2 database lives while a connection to it is open.
    private final Connection keepAlive;

    MigrationDatabase(String prefix) throws SQLException {
        String runUrl = System.getProperty("datasources.default.url");
        mariaDb = runUrl.startsWith("jdbc:mysql:");
        schema = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server = mariaDb ? runUrl.substring(0, runUrl.indexOf('/', "jdbc:mysql://".length()) + 1) : null;
        options = mariaDb ? runUrl.substring(runUrl.indexOf('?')) : runUrl.substring(runUrl.indexOf(';'));
        url = mariaDb ? server + schema + options : "jdbc:h2:mem:" + schema + options;
        user = System.getProperty("datasources.default.username");
        password = System.getProperty("datasources.default.password");
        if (mariaDb) {
            execute(server + options, "CREATE DATABASE " + schema);
        }
        keepAlive = DriverManager.getConnection(url, user, password);
    }

    /** Migrates up to {@code version}, or to the latest when null. */
    void migrateTo(String version) {
        var configuration = Flyway.configure().dataSource(url, user, password);
        (version == null ? configuration : configuration.target(version)).load().migrate();
    }

    void execute(String sql) throws SQLException {
        execute(url, sql);
    }

    List<String> rows(String sql, Row row) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement query = keepAlive.createStatement(); ResultSet rs = query.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            keepAlive.close();
        } finally {
            if (mariaDb) {
                execute(server + options, "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private void execute(String target, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(target, user, password); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
