package io.brandbridge.touchpoint.migrations;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V7 marks the hours of interactions stored before it, on a database of its own (H2, or MariaDB with -Dmariadb). */
class ChangeHourBackfillTest {

    @Test
    void interactionsStoredBeforeTheTableMarkTheirHoursWithTheLatestReceipt() throws SQLException {
        // Beside the run's throwaway database, on the same server: its URL up to the schema, and its options.
        String runUrl = System.getProperty("datasources.default.url");
        boolean mariaDb = runUrl.startsWith("jdbc:mysql:");
        String schema = "bb_v7_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = mariaDb ? runUrl.substring(0, runUrl.indexOf('/', "jdbc:mysql://".length()) + 1) : null;
        String options = mariaDb ? runUrl.substring(runUrl.indexOf('?')) : runUrl.substring(runUrl.indexOf(';'));
        String url = mariaDb ? server + schema + options : "jdbc:h2:mem:" + schema + options;
        String user = System.getProperty("datasources.default.username");
        String password = System.getProperty("datasources.default.password");
        if (mariaDb) {
            execute(server + options, user, password, "CREATE DATABASE " + schema);
        }
        try (Connection keepAlive = DriverManager.getConnection(url, user, password)) {
            Flyway.configure().dataSource(url, user, password).target("6").load().migrate();
            execute(url, user, password, "INSERT INTO interaction (touchpoint_seq, occurred_at, id, external_id, metrics, received_at) VALUES"
                    + " (1, '2026-05-01 08:10:00.5', 1, X'61', '{}', '2026-05-02 10:00:00.123456'),"
                    + " (1, '2026-05-01 08:59:59.999999', 2, X'62', '{}', '2026-05-03 10:00:00'),"
                    + " (1, '1999-12-31 23:30:00', 3, X'63', '{}', '2026-05-01 00:00:00'),"
                    + " (2, '2026-05-01 09:00:00', 4, X'64', '{}', '2026-05-01 00:00:00')");
            Flyway.configure().dataSource(url, user, password).load().migrate();
            List<String> rows = new ArrayList<>();
            try (Statement query = keepAlive.createStatement();
                 ResultSet rs = query.executeQuery("SELECT touchpoint_seq, hour_start, changed_at FROM interaction_change_hour ORDER BY 1, 2")) {
                while (rs.next()) {
                    rows.add(rs.getInt(1) + " " + rs.getObject(2, LocalDateTime.class) + " " + rs.getObject(3, LocalDateTime.class));
                }
            }
            assertEquals(List.of("1 1999-12-31T23:00 2026-05-01T00:00", "1 2026-05-01T08:00 2026-05-03T10:00",
                    "2 2026-05-01T09:00 2026-05-01T00:00"), rows);
        } finally {
            if (mariaDb) {
                execute(server + options, user, password, "DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
