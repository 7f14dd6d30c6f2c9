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

/** V12 records, per touchpoint with interactions, the last one stored before it, on a database of its own (H2, or MariaDB with -Dmariadb). */
class LegacyInteractionMarkTest {

    @Test
    void touchpointsWithInteractionsAreMarkedUpToTheirLastInteractionWithAnEmptyCursor() throws SQLException {
        // Beside the run's throwaway database, on the same server: its URL up to the schema, and its options.
        String runUrl = System.getProperty("datasources.default.url");
        boolean mariaDb = runUrl.startsWith("jdbc:mysql:");
        String schema = "bb_v12_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String server = mariaDb ? runUrl.substring(0, runUrl.indexOf('/', "jdbc:mysql://".length()) + 1) : null;
        String options = mariaDb ? runUrl.substring(runUrl.indexOf('?')) : runUrl.substring(runUrl.indexOf(';'));
        String url = mariaDb ? server + schema + options : "jdbc:h2:mem:" + schema + options;
        String user = System.getProperty("datasources.default.username");
        String password = System.getProperty("datasources.default.password");
        if (mariaDb) {
            execute(server + options, user, password, "CREATE DATABASE " + schema);
        }
        try (Connection keepAlive = DriverManager.getConnection(url, user, password)) {
            Flyway.configure().dataSource(url, user, password).target("11").load().migrate();
            execute(url, user, password, "INSERT INTO touchpoint (id, brand_id, type, name, owner, region, time_zone, interaction_seq, created_at,"
                    + " updated_at) VALUES ('tp_a', 'brd_a', 'CALL_CENTRE', 'a', 'o', 'r', 'UTC', 42, '2026-05-01 00:00:00', '2026-05-01 00:00:00'),"
                    + " ('tp_b', 'brd_a', 'CALL_CENTRE', 'b', 'o', 'r', 'UTC', 0, '2026-05-01 00:00:00', '2026-05-01 00:00:00'),"
                    + " ('tp_c', 'brd_b', 'CALL_CENTRE', 'c', 'o', 'r', 'UTC', 7, '2026-05-01 00:00:00', '2026-05-01 00:00:00')");
            Flyway.configure().dataSource(url, user, password).load().migrate();
            List<String> rows = new ArrayList<>();
            try (Statement query = keepAlive.createStatement();
                 ResultSet rs = query.executeQuery("SELECT t.id, u.last_legacy_id, u.done_occurred_at, u.done_id FROM legacy_interaction_upgrade u"
                         + " JOIN touchpoint t ON t.seq = u.touchpoint_seq ORDER BY t.id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getLong(2) + " " + rs.getObject(3, LocalDateTime.class) + " " + rs.getObject(4));
                }
            }
            assertEquals(List.of("tp_a 42 null null", "tp_c 7 null null"), rows);
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
