package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which local days received interactions since a watermark, so alignment-service re-scores only those.
 * A push marks its UTC hours with the time just before it commits; the answered watermark trails the time
 * this question started by {@code touchpoint.changes.watermark-lag}, so a push this answer did not see
 * has {@code changed_at >= watermark} and is reported to the next question.
 */
@Singleton
class ChangedDays {

    static final Duration MAX_LOOKBACK = Duration.ofDays(1000);
    private static final Duration HOUR = Duration.ofHours(1);

    private final ConnectionOperations<Connection> connections;
    private final ChangeQueries queries;
    private final ChangesSettings settings;
    private final Clock clock;

    ChangedDays(ConnectionOperations<Connection> connections, ChangeQueries queries, ChangesSettings settings, Clock clock) {
        this.connections = connections;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    ChangesResponse changes(ChangesRequest request, Caller caller) {
        Instant started = clock.instant();
        ZoneId zone = zone(request.timeZone());
        if (request.since() != null && !TimeRange.storable(request.since())) {
            throw ProblemException.invalid("/since", "must be between years 1000 and 9999");
        }
        if (request.occurredFrom().isBefore(started.minus(MAX_LOOKBACK))) {
            throw ProblemException.invalid("/occurredFrom", "must be at most 1000 days before now");
        }
        if (!TimeRange.storable(request.occurredFrom())) {
            throw ProblemException.invalid("/occurredFrom", "must be before 9999-12-31T00:00:00Z");
        }
        Instant fromHour = request.occurredFrom().truncatedTo(ChronoUnit.HOURS);
        List<String> ids = List.copyOf(new LinkedHashSet<>(request.touchpointIds()));
        List<ChangeQueries.ChangedHour> hours = connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                List<Integer> seqs = queries.seqsInScope(connection, ids, caller);
                return seqs.isEmpty() ? List.<ChangeQueries.ChangedHour>of() : queries.changedHours(connection, seqs, request.since(), fromHour);
            } catch (SQLException e) {
                throw new IllegalStateException("Changes query failed", e);
            }
        });
        // Microseconds, as changed_at is stored; rounding down only reports more.
        Instant watermark = started.minus(settings.watermarkLag()).truncatedTo(ChronoUnit.MICROS);
        return new ChangesResponse(request.since(), watermark, List.copyOf(days(hours, zone).values()));
    }

    /**
     * Each local date named by an hour's first or last instant (with a :30 or :45 offset an hour straddles two), with the span
     * from its first changed hour's start to its last one's end and the latest change among them.
     */
    static SortedMap<LocalDate, ChangesResponse.ChangedDay> days(List<ChangeQueries.ChangedHour> hours, ZoneId zone) {
        SortedMap<LocalDate, ChangesResponse.ChangedDay> days = new TreeMap<>();
        for (ChangeQueries.ChangedHour hour : hours) {
            Instant end = hour.start().plus(HOUR);
            for (LocalDate day : new TreeSet<>(List.of(LocalDate.ofInstant(hour.start(), zone), LocalDate.ofInstant(end.minusNanos(1), zone)))) {
                days.merge(day, new ChangesResponse.ChangedDay(day, hour.start(), end, hour.changedAt()), ChangesResponse.ChangedDay::union);
            }
        }
        return days;
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw ProblemException.invalid("/timeZone", "is not a known IANA time zone");
        }
    }
}
