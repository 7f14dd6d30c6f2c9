package io.brandbridge.touchpoint.migrations;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V12 records, per touchpoint with interactions, the last one stored before it, on a database of its own (H2, or MariaDB with -Dmariadb). */
class LegacyInteractionMarkTest {

    @Test
    void touchpointsWithInteractionsAreMarkedUpToTheirLastInteractionWithAnEmptyCursor() throws SQLException {
        try (MigrationDatabase db = new MigrationDatabase("bb_v12_")) {
            db.migrateTo("11");
            db.execute("INSERT INTO touchpoint (id, brand_id, type, name, owner, region, time_zone, interaction_seq, created_at,"
                    + " updated_at) VALUES ('tp_a', 'brd_a', 'CALL_CENTRE', 'a', 'o', 'r', 'UTC', 42, '2026-05-01 00:00:00', '2026-05-01 00:00:00'),"
                    + " ('tp_b', 'brd_a', 'CALL_CENTRE', 'b', 'o', 'r', 'UTC', 0, '2026-05-01 00:00:00', '2026-05-01 00:00:00'),"
                    + " ('tp_c', 'brd_b', 'CALL_CENTRE', 'c', 'o', 'r', 'UTC', 7, '2026-05-01 00:00:00', '2026-05-01 00:00:00')");
            db.migrateTo(null);
            List<String> rows = db.rows("SELECT t.id, u.last_legacy_id, u.done_occurred_at, u.done_id FROM legacy_interaction_upgrade u"
                            + " JOIN touchpoint t ON t.seq = u.touchpoint_seq ORDER BY t.id",
                    rs -> rs.getString(1) + " " + rs.getLong(2) + " " + rs.getObject(3, LocalDateTime.class) + " " + rs.getObject(4));
            assertEquals(List.of("tp_a 42 null null", "tp_c 7 null null"), rows);
        }
    }
}
