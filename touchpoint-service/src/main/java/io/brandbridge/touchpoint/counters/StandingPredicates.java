package io.brandbridge.touchpoint.counters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The predicates a push into a touchpoint counts into: one indexed query per push, read under the touchpoint's lock. */
public final class StandingPredicates {

    private StandingPredicates() {
    }

    /** Every predicate registered at the touchpoint, backfilling or ready, by seq. */
    public static List<StandingPredicate> at(Connection connection, int touchpointSeq) throws SQLException {
        List<StandingPredicate> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT p.seq, p.kind, p.conditions FROM stats_predicate_touchpoint pt"
                + " JOIN stats_predicate p ON p.seq = pt.predicate_seq WHERE pt.touchpoint_seq = ? ORDER BY p.seq")) {
            query.setInt(1, touchpointSeq);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    found.add(StandingPredicate.read(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return found;
    }
}
