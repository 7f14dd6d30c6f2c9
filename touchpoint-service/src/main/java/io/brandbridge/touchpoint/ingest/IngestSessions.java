package io.brandbridge.touchpoint.ingest;

import io.brandbridge.touchpoint.counters.HourTally;
import io.brandbridge.touchpoint.counters.StandingPredicates;
import io.brandbridge.touchpoint.journeys.JourneyDerivations;
import io.brandbridge.touchpoint.support.TouchpointLocks;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Opens an ingest session: locks the touchpoint row for the transaction and loads its metric numbering and standing predicates. */
@Singleton
final class IngestSessions {

    private final IngestLimits limits;
    private final JourneyDerivations journeys;

    IngestSessions(IngestLimits limits, JourneyDerivations journeys) {
        this.limits = limits;
        this.journeys = journeys;
    }

    IngestSession open(Connection connection, String touchpointId, String receivedAt) throws SQLException {
        TouchpointLocks.Locked row = TouchpointLocks.lock(connection, touchpointId, limits.lockWait());
        int seq = row.seq();
        Map<String, Integer> metricIds = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT metric_key, metric_id FROM touchpoint_metric WHERE touchpoint_seq = ?")) {
            query.setInt(1, seq);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    metricIds.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        HourTally tally = new HourTally(seq, StandingPredicates.at(connection, seq));
        return new IngestSession(connection, seq, row.brandId(), row.lastInteractionId(), metricIds, tally, journeys, receivedAt);
    }

}
