package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.support.DbTimes;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads interaction_change_hour, which the ingest upserts in each push's transaction. With {@code since}
 * the scan follows the (touchpoint, changed_at) index; without it, the primary key from {@code fromHour}.
 */
@Singleton
class ChangeQueries {

    /** The internal keys of the requested touchpoints within the caller's scope. */
    List<Integer> seqsInScope(Connection connection, List<String> touchpointIds, Caller caller) throws SQLException {
        String sql = "SELECT seq, brand_id FROM touchpoint WHERE id IN (" + placeholders(touchpointIds.size()) + ")";
        List<Integer> seqs = new ArrayList<>(touchpointIds.size());
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < touchpointIds.size(); i++) {
                query.setString(i + 1, touchpointIds.get(i));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    if (caller.mayAccessBrand(rs.getString(2))) {
                        seqs.add(rs.getInt(1));
                    }
                }
            }
        }
        return seqs;
    }

    /** A UTC hour that received interactions, and the last time one was stored into it at any of the touchpoints asked about. */
    record ChangedHour(Instant start, Instant changedAt) {
    }

    /** The distinct UTC hours from {@code fromHour} on changed at or after {@code since} (every one when null). */
    List<ChangedHour> changedHours(Connection connection, List<Integer> seqs, @Nullable Instant since, Instant fromHour) throws SQLException {
        String sql = "SELECT hour_start, MAX(changed_at) FROM interaction_change_hour WHERE touchpoint_seq IN (" + placeholders(seqs.size()) + ")"
                + " AND hour_start >= ?" + (since == null ? "" : " AND changed_at >= ?") + " GROUP BY hour_start";
        List<ChangedHour> hours = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int i = 1;
            for (int seq : seqs) {
                query.setInt(i++, seq);
            }
            query.setString(i++, DbTimes.sql(fromHour));
            if (since != null) {
                query.setString(i, DbTimes.sql(since));
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    hours.add(new ChangedHour(DbTimes.fromDb(rs.getObject(1, LocalDateTime.class)), DbTimes.fromDb(rs.getObject(2, LocalDateTime.class))));
                }
            }
        }
        return hours;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
