package io.brandbridge.touchpoint.migrations;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V7 marks the hours of interactions stored before it, on a database of its own (H2, or MariaDB with -Dmariadb). */
class ChangeHourBackfillTest {

    @Test
    void interactionsStoredBeforeTheTableMarkTheirHoursWithTheLatestReceipt() throws SQLException {
        try (MigrationDatabase db = new MigrationDatabase("bb_v7_")) {
            db.migrateTo("6");
            db.execute("INSERT INTO interaction (touchpoint_seq, occurred_at, id, external_id, metrics, received_at) VALUES"
                    + " (1, '2026-05-01 08:10:00.5', 1, X'61', '{}', '2026-05-02 10:00:00.123456'),"
                    + " (1, '2026-05-01 08:59:59.999999', 2, X'62', '{}', '2026-05-03 10:00:00'),"
                    + " (1, '1999-12-31 23:30:00', 3, X'63', '{}', '2026-05-01 00:00:00'),"
                    + " (2, '2026-05-01 09:00:00', 4, X'64', '{}', '2026-05-01 00:00:00')");
            db.migrateTo(null);
            List<String> rows = db.rows("SELECT touchpoint_seq, hour_start, changed_at FROM interaction_change_hour ORDER BY 1, 2",
                    rs -> rs.getInt(1) + " " + rs.getObject(2, LocalDateTime.class) + " " + rs.getObject(3, LocalDateTime.class));
            assertEquals(List.of("1 1999-12-31T23:00 2026-05-01T00:00", "1 2026-05-01T08:00 2026-05-03T10:00",
                    "2 2026-05-01T09:00 2026-05-01T00:00"), rows);
        }
    }
}
