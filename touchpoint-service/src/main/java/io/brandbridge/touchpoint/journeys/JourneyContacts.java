package io.brandbridge.touchpoint.journeys;

import io.brandbridge.touchpoint.support.DbTimes;
import io.brandbridge.touchpoint.support.SqlLiterals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes {@code journey_contact}: look-ups by customers and journey ids of a brand, multi-row upserts of derived values. */
final class JourneyContacts {

    private static final int KEYS_PER_QUERY = 1000;
    private static final int ROWS_PER_STATEMENT = 1000;
    private static final String COLUMNS = "touchpoint_seq, interaction_id, occurred_at, external_id, journey_id, customer, followed_up, handed_off,"
            + " journey_contacts, journey_handoffs, journey_touchpoints, journey_hours, next_touchpoint_seq, next_gap_minutes, next_followed_up";
    private static final String UPSERT = "INSERT INTO journey_contact (brand_id, " + COLUMNS + ") VALUES ";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE customer = VALUES(customer), followed_up = VALUES(followed_up),"
            + " handed_off = VALUES(handed_off), journey_contacts = VALUES(journey_contacts), journey_handoffs = VALUES(journey_handoffs),"
            + " journey_touchpoints = VALUES(journey_touchpoints), journey_hours = VALUES(journey_hours),"
            + " next_touchpoint_seq = VALUES(next_touchpoint_seq), next_gap_minutes = VALUES(next_gap_minutes), next_followed_up = VALUES(next_followed_up)";

    private JourneyContacts() {
    }

    /** Public touchpoint id by seq, for every touchpoint of the brand. */
    static Map<Integer, String> touchpointsOf(Connection connection, String brandId) throws SQLException {
        Map<Integer, String> ids = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, id FROM touchpoint WHERE brand_id = ?")) {
            query.setString(1, brandId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return ids;
    }

    /** Every stored contact of the brand whose {@code column} (customer or journey_id) is one of {@code values}, into {@code into}. */
    static void load(Connection connection, String brandId, String column, Collection<String> values, Map<Integer, String> touchpoints,
                     Map<Contact.Key, Contact> into) throws SQLException {
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            String sql = "SELECT " + COLUMNS + " FROM journey_contact WHERE brand_id = ? AND " + column + " IN ("
                    + "?,".repeat(part.size() - 1) + "?)";
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, brandId);
                for (int i = 0; i < part.size(); i++) {
                    query.setString(i + 2, part.get(i));
                }
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Contact c = read(rs, touchpoints);
                        into.putIfAbsent(c.key(), c);
                    }
                }
            }
        }
    }

    /** The brand's contacts of one journey id, or of the given customers' pseudonyms; for the read endpoints. */
    static List<Contact> find(Connection connection, String brandId, String column, Collection<String> values) throws SQLException {
        Map<Contact.Key, Contact> found = new LinkedHashMap<>();
        load(connection, brandId, column, values, touchpointsOf(connection, brandId), found);
        return new ArrayList<>(found.values());
    }

    private static Contact read(ResultSet rs, Map<Integer, String> touchpoints) throws SQLException {
        int seq = rs.getInt(1);
        Derived derived = new Derived(integer(rs, 7), integer(rs, 8), integer(rs, 9), integer(rs, 10), integer(rs, 11),
                rs.getObject(12) == null ? null : rs.getDouble(12), integer(rs, 13), rs.getObject(14) == null ? null : rs.getLong(14),
                integer(rs, 15));
        return new Contact(seq, rs.getLong(2), touchpoints.getOrDefault(seq, ""), new String(rs.getBytes(4), StandardCharsets.UTF_8),
                micros(rs.getObject(3, LocalDateTime.class)), rs.getString(5), rs.getString(6), derived);
    }

    /**
     * Writes the contacts with their derived values: new rows and changed ones alike, as multi-row upserts in key order.
     * Client texts go in as hex literals, numbers and times this service formatted as they are.
     */
    static void upsert(Connection connection, String brandId, List<Contact> contacts, Map<Contact.Key, Derived> derived) throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        List<Contact> sorted = new ArrayList<>(contacts);
        sorted.sort((a, b) -> a.touchpointSeq() != b.touchpointSeq() ? Integer.compare(a.touchpointSeq(), b.touchpointSeq())
                : Long.compare(a.interactionId(), b.interactionId()));
        for (int from = 0; from < sorted.size(); from += ROWS_PER_STATEMENT) {
            List<Contact> part = sorted.subList(from, Math.min(sorted.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder(UPSERT.length() + part.size() * 120).append(UPSERT);
            for (int i = 0; i < part.size(); i++) {
                Contact c = part.get(i);
                Derived d = derived.get(c.key());
                sql.append(i == 0 ? "(" : ",(");
                SqlLiterals.appendText(sql, brandId);
                sql.append(',').append(c.touchpointSeq()).append(',').append(c.interactionId()).append(",'").append(sqlTime(c.occurredAt())).append("',");
                SqlLiterals.appendText(sql, c.externalId());
                sql.append(',');
                SqlLiterals.appendText(sql, c.journeyId());
                sql.append(',');
                SqlLiterals.appendText(sql, c.customer());
                sql.append(',');
                literal(sql, d.followedUp()).append(',');
                literal(sql, d.handedOff()).append(',');
                literal(sql, d.journeyContacts()).append(',');
                literal(sql, d.journeyHandoffs()).append(',');
                literal(sql, d.journeyTouchpoints()).append(',');
                literal(sql, d.journeyHours()).append(',');
                literal(sql, d.nextTouchpointSeq()).append(',');
                literal(sql, d.nextGapMinutes()).append(',');
                literal(sql, d.nextFollowedUp()).append(')');
            }
            try (Statement upsert = connection.createStatement()) {
                upsert.executeUpdate(sql.append(ON_DUPLICATE).toString());
            }
        }
    }

    /** Removes contacts that are in no journey any more (an erased customer's contacts without a journeyId). */
    static void deleteContacts(Connection connection, List<Contact> contacts) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM journey_contact WHERE touchpoint_seq = ? AND interaction_id = ?")) {
            for (Contact c : contacts) {
                delete.setInt(1, c.touchpointSeq());
                delete.setLong(2, c.interactionId());
                delete.addBatch();
            }
            if (!contacts.isEmpty()) {
                delete.executeBatch();
            }
        }
    }

    /** Removes the contacts of interactions about to be deleted. */
    static void delete(Connection connection, int touchpointSeq, String cutoff) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM journey_contact WHERE touchpoint_seq = ? AND occurred_at < ?")) {
            delete.setInt(1, touchpointSeq);
            delete.setString(2, cutoff);
            delete.executeUpdate();
        }
    }

    static long micros(LocalDateTime value) {
        Instant at = value.toInstant(ZoneOffset.UTC);
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }

    static String sqlTime(long micros) {
        return DbTimes.sql(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L));
    }

    /** Micros of an occurredAt as the ingest formats it ({@code yyyy-MM-dd HH:mm:ss.SSSSSS}, UTC). */
    static long micros(String sqlTime) {
        return micros(LocalDateTime.parse(sqlTime.replace(' ', 'T')));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static StringBuilder literal(StringBuilder sql, Number value) {
        return value == null ? sql.append("NULL") : sql.append(value);
    }
}
