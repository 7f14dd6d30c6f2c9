package io.brandbridge.bench.alignment;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The MariaDB/MySQL server the services run on: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD. */
final class Database {

    static final String OPTIONS = "useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private Database() {
    }

    static String host() {
        return env("BENCH_DB_HOST", "127.0.0.1");
    }

    static String port() {
        return env("BENCH_DB_PORT", "3306");
    }

    static String user() {
        return env("BENCH_DB_USER", "root");
    }

    static String password() {
        return env("BENCH_DB_PASSWORD", "");
    }

    /** The JDBC URL a service gets as DB_URL for its own schema. */
    static String url(String schema) {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + schema + "?rewriteBatchedStatements=true&" + OPTIONS;
    }

    static Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), user(), password());
    }

    static void create(String schema) throws SQLException {
        execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    static void drop(String schema) {
        try {
            execute("DROP DATABASE IF EXISTS " + schema);
        } catch (SQLException e) {
            System.err.println("could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    static String serverVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + host() + ":" + port() + "/?" + OPTIONS, user(), password())) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + host() + ":" + port() + "/?" + OPTIONS, user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
