package io.brandbridge.touchpoint.counters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The predicates still backfilling at one touchpoint, with their checkpoints, locked so a backfill chunk cannot move
 * past them meanwhile. A stored row whose counts change (a derived value moves, a replaced record leaves) changes the
 * counters of such a predicate only once the backfill has counted it.
 */
public final class BackfillCheckpoints {

    /** Rows from {@code below} are counted live; older ones once the checkpoint ({@code atMicros}, {@code id}) passed them. */
    private record Checkpoint(long below, Long atMicros, long id) {

        boolean counted(long interactionId, long occurredAtMicros) {
            return interactionId >= below || atMicros != null
                    && (occurredAtMicros < atMicros || occurredAtMicros == atMicros && interactionId <= id);
        }
    }

    private final Map<Integer, Checkpoint> byPredicate;

    private BackfillCheckpoints(Map<Integer, Checkpoint> byPredicate) {
        this.byPredicate = byPredicate;
    }

    public static BackfillCheckpoints lock(Connection connection, int touchpointSeq) throws SQLException {
        Map<Integer, Checkpoint> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT predicate_seq, backfill_below, backfill_at, backfill_id"
                + " FROM stats_predicate_touchpoint WHERE touchpoint_seq = ? AND state = 'BACKFILLING' ORDER BY predicate_seq FOR UPDATE")) {
            query.setInt(1, touchpointSeq);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    LocalDateTime at = rs.getObject(3, LocalDateTime.class);
                    found.put(rs.getInt(1), new Checkpoint(rs.getLong(2), at == null ? null : micros(at), rs.getLong(4)));
                }
            }
        }
        return new BackfillCheckpoints(found);
    }

    /**
     * {@link HourTally#add(String, String[], double[], int, boolean[])}'s skip flags for one stored row: set for each
     * predicate whose backfill has not counted it yet; null when every predicate has.
     */
    public boolean[] notYetCounted(List<StandingPredicate> predicates, long interactionId, long occurredAtMicros) {
        if (byPredicate.isEmpty()) {
            return null;
        }
        boolean[] skip = new boolean[predicates.size()];
        boolean any = false;
        for (int i = 0; i < predicates.size(); i++) {
            Checkpoint c = byPredicate.get(predicates.get(i).seq());
            skip[i] = c != null && !c.counted(interactionId, occurredAtMicros);
            any |= skip[i];
        }
        return any ? skip : null;
    }

    private static long micros(LocalDateTime value) {
        Instant at = value.toInstant(ZoneOffset.UTC);
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
    }
}
