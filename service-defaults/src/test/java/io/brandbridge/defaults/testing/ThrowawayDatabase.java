package io.brandbridge.defaults.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Gives each test run its own throwaway database: an H2 in-memory database by default, or, with
 * {@code -Dbrandbridge.test.db=mariadb}, a fresh schema on the MySQL-compatible server at
 * {@code TEST_DB_HOST:TEST_DB_PORT} (127.0.0.1:3306, root) that is dropped when the run ends.
 * Micronaut reads the chosen database from system properties, which outrank application.yml.
 */
public final class ThrowawayDatabase implements LauncherSessionListener {

    public static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1";
    public static final String MYSQL_OPTIONS = "?rewriteBatchedStatements=true&allowLoadLocalInfile=true&useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true";

    private String createdSchema;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("datasources.default.url") != null) {
            return;
        }
        String schema = "bb_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        if (isMariaDb()) {
            execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            createdSchema = schema;
            System.setProperty("datasources.default.url", serverUrl() + schema + MYSQL_OPTIONS);
            System.setProperty("datasources.default.username", user());
            System.setProperty("datasources.default.password", password());
            System.out.println("[test database] MariaDB/MySQL schema " + schema + " at " + host() + ":" + port());
        } else {
            System.setProperty("datasources.default.url", "jdbc:h2:mem:" + schema + H2_OPTIONS);
            System.setProperty("datasources.default.username", "sa");
            System.setProperty("datasources.default.password", "");
            System.out.println("[test database] H2 in-memory database " + schema);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (createdSchema != null) {
            execute("DROP DATABASE IF EXISTS " + createdSchema);
        }
    }

    public static boolean isMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getProperty("brandbridge.test.db", "h2"));
    }

    /** A connection URL to the server without a schema, e.g. for creating more schemas. */
    public static String serverUrl() {
        return "jdbc:mysql://" + host() + ":" + port() + "/";
    }

    public static String user() {
        return env("TEST_DB_USER", "root");
    }

    public static String password() {
        return env("TEST_DB_PASSWORD", "");
    }

    private static String host() {
        return env("TEST_DB_HOST", "127.0.0.1");
    }

    private static String port() {
        return env("TEST_DB_PORT", "3306");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl() + MYSQL_OPTIONS, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database at " + host() + ":" + port() + " refused: " + sql
                    + " (is MariaDB running? start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd)", e);
        }
    }
}
