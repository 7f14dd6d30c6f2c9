package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Answers the counting questions alignment-service asks; touchpoints outside the caller's scope count nothing. */
@Singleton
class StatsService {

    private final ConnectionOperations<Connection> connections;
    private final StatsQueries queries;

    StatsService(ConnectionOperations<Connection> connections, StatsQueries queries) {
        this.connections = connections;
        this.queries = queries;
    }

    AttainmentResponse attainment(AttainmentRequest request, Caller caller) {
        TimeRange range = TimeRange.checked(request.from(), request.to());
        requireFinite("/threshold", request.threshold());
        List<String> ids = List.copyOf(new LinkedHashSet<>(request.touchpointIds()));
        return connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                List<StatsQueries.Scoped> touchpoints = queries.resolve(connection, ids, request.metric(), request.metric(), caller);
                List<AttainmentResponse.TouchpointCount> byTouchpoint = new ArrayList<>(touchpoints.size());
                Map<Long, long[]> buckets = new HashMap<>();
                Instant origin = request.bucket() == null ? null : request.bucket().floor(range.from());
                long valid = 0;
                long good = 0;
                for (StatsQueries.Scoped touchpoint : touchpoints) {
                    long[] counts = {0, 0};
                    if (touchpoint.metricA() != null && request.bucket() == null) {
                        counts = queries.attainment(connection, touchpoint.seq(), touchpoint.metricA(), request.op(), request.threshold(), range);
                    } else if (touchpoint.metricA() != null) {
                        Map<Long, long[]> series = queries.attainmentByBucket(connection, touchpoint.seq(), touchpoint.metricA(), request.op(),
                                request.threshold(), range, request.bucket(), origin);
                        for (Map.Entry<Long, long[]> entry : series.entrySet()) {
                            long[] sum = buckets.computeIfAbsent(entry.getKey(), k -> new long[2]);
                            sum[0] += entry.getValue()[0];
                            sum[1] += entry.getValue()[1];
                            counts[0] += entry.getValue()[0];
                            counts[1] += entry.getValue()[1];
                        }
                    }
                    byTouchpoint.add(new AttainmentResponse.TouchpointCount(touchpoint.touchpointId(), counts[0], counts[1]));
                    valid += counts[0];
                    good += counts[1];
                }
                return new AttainmentResponse(valid, good, byTouchpoint, series(request.bucket(), origin, range, buckets));
            } catch (SQLException e) {
                throw new IllegalStateException("Attainment query failed", e);
            }
        });
    }

    ContingencyResponse contingency(ContingencyRequest request, Caller caller) {
        TimeRange range = TimeRange.checked(request.from(), request.to());
        requireFinite("/a/threshold", request.a().threshold());
        requireFinite("/b/threshold", request.b().threshold());
        List<String> ids = List.copyOf(new LinkedHashSet<>(request.touchpointIds()));
        return connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                long[] table = new long[4];
                for (StatsQueries.Scoped touchpoint : queries.resolve(connection, ids, request.a().metric(), request.b().metric(), caller)) {
                    if (touchpoint.metricA() == null || touchpoint.metricB() == null) {
                        continue;
                    }
                    long[] counts = queries.contingency(connection, touchpoint.seq(), touchpoint.metricA(), touchpoint.metricB(),
                            request.a(), request.b(), range);
                    for (int i = 0; i < 4; i++) {
                        table[i] += counts[i];
                    }
                }
                return new ContingencyResponse(table[0], table[1], table[2], table[3]);
            } catch (SQLException e) {
                throw new IllegalStateException("Contingency query failed", e);
            }
        });
    }

    private static List<AttainmentResponse.BucketCount> series(Bucket bucket, Instant origin, TimeRange range, Map<Long, long[]> counts) {
        if (bucket == null) {
            return List.of();
        }
        List<AttainmentResponse.BucketCount> series = new ArrayList<>();
        for (long i = 0; ; i++) {
            Instant start = bucket.start(origin, i);
            if (!start.isBefore(range.to())) {
                break;
            }
            long[] c = counts.getOrDefault(i, new long[2]);
            series.add(new AttainmentResponse.BucketCount(start, c[0], c[1]));
        }
        return series;
    }

    private static void requireFinite(String pointer, double value) {
        if (!Double.isFinite(value)) {
            throw ProblemException.invalid(pointer, "must be a finite number");
        }
    }
}
