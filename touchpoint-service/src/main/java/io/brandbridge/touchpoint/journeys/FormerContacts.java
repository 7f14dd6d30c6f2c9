package io.brandbridge.touchpoint.journeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The customers and journey ids of contacts a push removed (records replaced by a newer version of the source), so the
 * derivation loads and re-derives what is left of their journeys.
 */
public record FormerContacts(Set<String> customers, Set<String> journeyIds) {

    public static final FormerContacts NONE = new FormerContacts(Set.of(), Set.of());

    public boolean isEmpty() {
        return customers.isEmpty() && journeyIds.isEmpty();
    }

    /** Removes the contacts of {@code interactionIds} at the touchpoint and answers who they were. */
    public static FormerContacts remove(Connection connection, int touchpointSeq, List<Long> interactionIds) throws SQLException {
        Set<String> customers = new HashSet<>();
        Set<String> journeyIds = new HashSet<>();
        if (interactionIds.isEmpty()) {
            return NONE;
        }
        String in = "?,".repeat(interactionIds.size() - 1) + "?";
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT customer, journey_id FROM journey_contact WHERE touchpoint_seq = ? AND interaction_id IN (" + in + ")")) {
            bind(query, touchpointSeq, interactionIds);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        customers.add(rs.getString(1));
                    }
                    if (rs.getString(2) != null) {
                        journeyIds.add(rs.getString(2));
                    }
                }
            }
        }
        if (customers.isEmpty() && journeyIds.isEmpty()) {
            return NONE;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM journey_contact WHERE touchpoint_seq = ? AND interaction_id IN (" + in + ")")) {
            bind(delete, touchpointSeq, interactionIds);
            delete.executeUpdate();
        }
        return new FormerContacts(customers, journeyIds);
    }

    private static void bind(PreparedStatement statement, int touchpointSeq, List<Long> ids) throws SQLException {
        statement.setInt(1, touchpointSeq);
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 2, ids.get(i));
        }
    }

    /** Both sets together, for a push that removed contacts in several chunks. */
    public FormerContacts and(FormerContacts other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        Set<String> c = new HashSet<>(customers);
        c.addAll(other.customers);
        Set<String> j = new HashSet<>(journeyIds);
        j.addAll(other.journeyIds);
        return new FormerContacts(c, j);
    }
}
