package io.brandbridge.bench.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Key look-ups counted two ways: by the database server, as the SELECTs of the gateway's own database
 * user (MariaDB's user statistics), and by the gateway's {@code brandbridge.gateway.key.lookups} metric.
 * Either is -1 when it cannot be read. The server is BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD.
 */
final class LookupCounters {

    private static final String OPTIONS = "useSSL=false&allowPublicKeyRetrieval=true";
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String gatewayUser;
    private final String metricsUrl;

    LookupCounters(String gatewayUser, String metricsUrl) {
        this.gatewayUser = gatewayUser;
        this.metricsUrl = metricsUrl;
    }

    /** Creates the gateway's schema and database user, and turns user statistics on; prints whether they were on before. */
    static void create(String schema, String user, String password) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER '" + user + "'@'%' IDENTIFIED BY '" + password + "'");
            s.execute("GRANT ALL ON " + schema + ".* TO '" + user + "'@'%'");
            boolean wasOn = false;
            try (ResultSet r = s.executeQuery("SHOW GLOBAL VARIABLES LIKE 'userstat'")) {
                if (r.next()) {
                    wasOn = r.getString(2).equalsIgnoreCase("ON");
                    if (!wasOn) {
                        s.execute("SET GLOBAL userstat = 1");
                    }
                }
            }
            System.out.println("USERSTAT_WAS=" + (wasOn ? "ON" : "OFF"));
        }
    }

    static void drop(String schema, String user, String userstatWas) {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + schema);
            s.execute("DROP USER IF EXISTS '" + user + "'@'%'");
            if ("OFF".equals(userstatWas)) {
                s.execute("SET GLOBAL userstat = 0");
            }
        } catch (SQLException e) {
            System.err.println("could not drop schema " + schema + " or user " + user + ": " + e.getMessage());
        }
    }

    /** SELECT statements the gateway's database user has run so far. */
    long databaseSelects() {
        try (Connection c = admin();
             PreparedStatement s = c.prepareStatement("SELECT SELECT_COMMANDS FROM information_schema.USER_STATISTICS WHERE USER = ?")) {
            s.setString(1, gatewayUser);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    /** The gateway's own count of key look-ups, from its metrics endpoint. */
    long gatewayLookups() {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(metricsUrl)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher value = VALUE.matcher(answer.body());
            return answer.statusCode() == 200 && value.find() ? (long) Double.parseDouble(value.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + env("BENCH_DB_HOST", "127.0.0.1") + ":" + env("BENCH_DB_PORT", "3306") + "/?" + OPTIONS,
                env("BENCH_DB_USER", "root"), env("BENCH_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
