package io.brandbridge.touchpoint.journeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * After a key rotation, a customer's contacts stored under an older pseudonym move to the current one (journey_contact and
 * interaction.customer_ref) when the customer is next pushed, so the journeys survive the rotation.
 */
final class CustomerRekeying {

    private CustomerRekeying() {
    }

    /** {@code aliases}: older pseudonym to the current one. */
    static void rekey(Connection connection, String brandId, Map<String, String> aliases) throws SQLException {
        record Stored(int seq, long id, String occurredAt, String current) {
        }
        List<Stored> stored = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT touchpoint_seq, interaction_id, occurred_at FROM journey_contact"
                + " WHERE brand_id = ? AND customer = ?")) {
            for (Map.Entry<String, String> alias : aliases.entrySet()) {
                query.setString(1, brandId);
                query.setString(2, alias.getKey());
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        stored.add(new Stored(rs.getInt(1), rs.getLong(2),
                                JourneyContacts.sqlTime(JourneyContacts.micros(rs.getObject(3, java.time.LocalDateTime.class))), alias.getValue()));
                    }
                }
            }
        }
        if (stored.isEmpty()) {
            return;
        }
        try (PreparedStatement interaction = connection.prepareStatement(
                "UPDATE interaction SET customer_ref = ? WHERE touchpoint_seq = ? AND occurred_at = ? AND id = ?");
             PreparedStatement contact = connection.prepareStatement(
                     "UPDATE journey_contact SET customer = ? WHERE touchpoint_seq = ? AND interaction_id = ?")) {
            for (Stored s : stored) {
                interaction.setString(1, s.current());
                interaction.setInt(2, s.seq());
                interaction.setString(3, s.occurredAt());
                interaction.setLong(4, s.id());
                interaction.addBatch();
                contact.setString(1, s.current());
                contact.setInt(2, s.seq());
                contact.setLong(3, s.id());
                contact.addBatch();
            }
            interaction.executeBatch();
            contact.executeBatch();
        }
    }
}
