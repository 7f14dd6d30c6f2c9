package io.brandbridge.touchpoint.stats;

import io.brandbridge.defaults.problem.ProblemException;
import io.brandbridge.defaults.security.Caller;
import io.brandbridge.touchpoint.counters.CounterReads;
import io.brandbridge.touchpoint.metrics.Predicate;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.ConnectionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Answers the counting questions alignment-service asks; touchpoints outside the caller's scope count nothing. Where the
 * predicate is READY at a touchpoint, the whole UTC hours of a window come from its counters and only the partial hours at
 * the two ends from the raw rows; elsewhere everything comes from the raw rows. Both give the same integers.
 */
@Singleton
class StatsService {

    /** Windows whose whole hours span at most this much share one read of the counters per touchpoint. */
    private static final Duration ONE_READ = Duration.ofDays(800);

    private final ConnectionOperations<Connection> connections;
    private final StatsQueries queries;
    private final CounterReads counters;

    StatsService(ConnectionOperations<Connection> connections, StatsQueries queries, CounterReads counters) {
        this.connections = connections;
        this.queries = queries;
        this.counters = counters;
    }

    /** A window of an attainment question; {@code bucket} null for no series. */
    record Window(TimeRange range, @Nullable Bucket bucket) {

        @Nullable Instant origin() {
            return bucket == null ? null : bucket.floor(range.from());
        }
    }

    AttainmentResponse attainment(AttainmentRequest request, Caller caller) {
        Window window = new Window(TimeRange.checked(request.from(), request.to()), request.bucket());
        requireFinite("/threshold", request.threshold());
        Predicate predicate = new Predicate(request.metric(), request.op(), request.threshold());
        return attainment(request.touchpointIds(), predicate, List.of(window), caller).getFirst();
    }

    AttainmentBatchResponse attainment(AttainmentBatchRequest request, Caller caller) {
        List<Window> windows = new ArrayList<>(request.windows().size());
        for (int i = 0; i < request.windows().size(); i++) {
            AttainmentBatchRequest.Window w = request.windows().get(i);
            windows.add(new Window(TimeRange.checked(w.from(), w.to(), "/windows/" + i), w.bucket()));
        }
        requireFinite("/threshold", request.threshold());
        Predicate predicate = new Predicate(request.metric(), request.op(), request.threshold());
        return new AttainmentBatchResponse(attainment(request.touchpointIds(), predicate, windows, caller));
    }

    ContingencyResponse contingency(ContingencyRequest request, Caller caller) {
        TimeRange range = TimeRange.checked(request.from(), request.to());
        requireFinite("/a/threshold", request.a().threshold());
        requireFinite("/b/threshold", request.b().threshold());
        return contingency(request.touchpointIds(), request.a(), request.b(), List.of(range), caller).getFirst();
    }

    ContingencyBatchResponse contingency(ContingencyBatchRequest request, Caller caller) {
        List<TimeRange> ranges = new ArrayList<>(request.windows().size());
        for (int i = 0; i < request.windows().size(); i++) {
            ranges.add(TimeRange.checked(request.windows().get(i).from(), request.windows().get(i).to(), "/windows/" + i));
        }
        requireFinite("/a/threshold", request.a().threshold());
        requireFinite("/b/threshold", request.b().threshold());
        return new ContingencyBatchResponse(contingency(request.touchpointIds(), request.a(), request.b(), ranges, caller));
    }

    /** Per window: valid, good, per touchpoint and per bucket. */
    private static final class Sums {
        long valid;
        long good;
        final List<AttainmentResponse.TouchpointCount> byTouchpoint = new ArrayList<>();
        final Map<Long, long[]> buckets = new HashMap<>();
    }

    private List<AttainmentResponse> attainment(List<String> touchpointIds, Predicate predicate, List<Window> windows, Caller caller) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(touchpointIds));
        List<Integer> used = new ArrayList<>();
        List<AttainmentResponse> answers = connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                List<StatsQueries.Scoped> touchpoints = queries.resolve(connection, ids, predicate.metric(), predicate.metric(), caller);
                Map<Integer, Integer> ready = counters.ready(connection, predicate, null, touchpoints.stream().map(StatsQueries.Scoped::seq).toList());
                used.addAll(ready.values());
                List<Sums> sums = new ArrayList<>(windows.size());
                windows.forEach(w -> sums.add(new Sums()));
                for (StatsQueries.Scoped touchpoint : touchpoints) {
                    long[][] counts = new long[windows.size()][2];
                    if (touchpoint.metricA() != null) {
                        count(connection, touchpoint, predicate, ready.get(touchpoint.seq()), windows, sums, counts);
                    }
                    for (int w = 0; w < windows.size(); w++) {
                        Sums s = sums.get(w);
                        s.byTouchpoint.add(new AttainmentResponse.TouchpointCount(touchpoint.touchpointId(), counts[w][0], counts[w][1]));
                        s.valid += counts[w][0];
                        s.good += counts[w][1];
                    }
                }
                List<AttainmentResponse> result = new ArrayList<>(windows.size());
                for (int w = 0; w < windows.size(); w++) {
                    Window window = windows.get(w);
                    Sums s = sums.get(w);
                    result.add(new AttainmentResponse(s.valid, s.good, s.byTouchpoint, series(window.bucket(), window.origin(), window.range(), s.buckets)));
                }
                return result;
            } catch (SQLException e) {
                throw new IllegalStateException("Attainment query failed", e);
            }
        });
        counters.used(used);
        return answers;
    }

    /** Adds one touchpoint's counts for every window into {@code counts} and the windows' buckets. */
    private void count(Connection connection, StatsQueries.Scoped touchpoint, Predicate predicate, @Nullable Integer readySeq, List<Window> windows,
                       List<Sums> sums, long[][] counts) throws SQLException {
        HourCounts hours = readySeq == null ? null : new HourCounts(windows.stream().map(Window::range).toList(),
                (from, to) -> counters.attainmentHours(connection, readySeq, touchpoint.seq(), from, to));
        for (int w = 0; w < windows.size(); w++) {
            Window window = windows.get(w);
            TimeRange whole = hours == null ? null : window.range().wholeHours();
            if (whole == null) {
                raw(connection, touchpoint, predicate, window, window.range(), sums.get(w), counts[w]);
                continue;
            }
            for (Map.Entry<Instant, long[]> hour : hours.in(whole).entrySet()) {
                add(window, hour.getKey(), hour.getValue()[0], hour.getValue()[1], sums.get(w), counts[w]);
            }
            if (window.range().from().isBefore(whole.from())) {
                raw(connection, touchpoint, predicate, window, new TimeRange(window.range().from(), whole.from()), sums.get(w), counts[w]);
            }
            if (whole.to().isBefore(window.range().to())) {
                raw(connection, touchpoint, predicate, window, new TimeRange(whole.to(), window.range().to()), sums.get(w), counts[w]);
            }
        }
    }

    private void raw(Connection connection, StatsQueries.Scoped touchpoint, Predicate predicate, Window window, TimeRange part, Sums sums,
                     long[] counts) throws SQLException {
        if (window.bucket() == null) {
            long[] c = queries.attainment(connection, touchpoint.seq(), touchpoint.metricA(), predicate.op(), predicate.threshold(), part);
            counts[0] += c[0];
            counts[1] += c[1];
            return;
        }
        Map<Long, long[]> series = queries.attainmentByBucket(connection, touchpoint.seq(), touchpoint.metricA(), predicate.op(),
                predicate.threshold(), part, window.bucket(), window.origin());
        for (Map.Entry<Long, long[]> entry : series.entrySet()) {
            long[] sum = sums.buckets.computeIfAbsent(entry.getKey(), k -> new long[2]);
            sum[0] += entry.getValue()[0];
            sum[1] += entry.getValue()[1];
            counts[0] += entry.getValue()[0];
            counts[1] += entry.getValue()[1];
        }
    }

    private static void add(Window window, Instant hour, long valid, long good, Sums sums, long[] counts) {
        counts[0] += valid;
        counts[1] += good;
        if (window.bucket() != null) {
            long[] sum = sums.buckets.computeIfAbsent(window.bucket().index(window.origin(), hour), k -> new long[2]);
            sum[0] += valid;
            sum[1] += good;
        }
    }

    private List<ContingencyResponse> contingency(List<String> touchpointIds, Predicate a, Predicate b, List<TimeRange> ranges, Caller caller) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(touchpointIds));
        List<Integer> used = new ArrayList<>();
        List<ContingencyResponse> answers = connections.executeRead(status -> {
            try {
                Connection connection = status.getConnection();
                List<StatsQueries.Scoped> touchpoints = queries.resolve(connection, ids, a.metric(), b.metric(), caller);
                Map<Integer, Integer> ready = counters.ready(connection, a, b, touchpoints.stream().map(StatsQueries.Scoped::seq).toList());
                used.addAll(ready.values());
                long[][] tables = new long[ranges.size()][4];
                for (StatsQueries.Scoped touchpoint : touchpoints) {
                    if (touchpoint.metricA() == null || touchpoint.metricB() == null) {
                        continue;
                    }
                    Integer readySeq = ready.get(touchpoint.seq());
                    HourCounts hours = readySeq == null ? null : new HourCounts(ranges,
                            (from, to) -> counters.pairHours(connection, readySeq, touchpoint.seq(), from, to));
                    for (int w = 0; w < ranges.size(); w++) {
                        TimeRange range = ranges.get(w);
                        TimeRange whole = hours == null ? null : range.wholeHours();
                        if (whole == null) {
                            addCells(tables[w], queries.contingency(connection, touchpoint.seq(), touchpoint.metricA(), touchpoint.metricB(), a, b, range));
                            continue;
                        }
                        for (long[] hour : hours.in(whole).values()) {
                            addCells(tables[w], hour);
                        }
                        if (range.from().isBefore(whole.from())) {
                            addCells(tables[w], queries.contingency(connection, touchpoint.seq(), touchpoint.metricA(), touchpoint.metricB(), a, b,
                                    new TimeRange(range.from(), whole.from())));
                        }
                        if (whole.to().isBefore(range.to())) {
                            addCells(tables[w], queries.contingency(connection, touchpoint.seq(), touchpoint.metricA(), touchpoint.metricB(), a, b,
                                    new TimeRange(whole.to(), range.to())));
                        }
                    }
                }
                List<ContingencyResponse> result = new ArrayList<>(ranges.size());
                for (long[] table : tables) {
                    result.add(new ContingencyResponse(table[0], table[1], table[2], table[3]));
                }
                return result;
            } catch (SQLException e) {
                throw new IllegalStateException("Contingency query failed", e);
            }
        });
        counters.used(used);
        return answers;
    }

    private static void addCells(long[] table, long[] cells) {
        for (int i = 0; i < 4; i++) {
            table[i] += cells[i];
        }
    }

    /** Reads a touchpoint's hour counters once for all windows when their whole hours lie close together, else per window. */
    private static final class HourCounts {

        interface Reader {
            NavigableMap<Instant, long[]> read(Instant fromHour, Instant toHour) throws SQLException;
        }

        private final Reader reader;
        private NavigableMap<Instant, long[]> all;
        private final boolean once;
        private Instant spanFrom;
        private Instant spanTo;

        HourCounts(List<TimeRange> ranges, Reader reader) {
            this.reader = reader;
            for (TimeRange range : ranges) {
                TimeRange whole = range.wholeHours();
                if (whole != null) {
                    spanFrom = spanFrom == null || whole.from().isBefore(spanFrom) ? whole.from() : spanFrom;
                    spanTo = spanTo == null || whole.to().isAfter(spanTo) ? whole.to() : spanTo;
                }
            }
            once = spanFrom != null && Duration.between(spanFrom, spanTo).compareTo(ONE_READ) <= 0;
        }

        NavigableMap<Instant, long[]> in(TimeRange whole) throws SQLException {
            if (!once) {
                return reader.read(whole.from(), whole.to());
            }
            if (all == null) {
                all = reader.read(spanFrom, spanTo);
            }
            return all.subMap(whole.from(), true, whole.to(), false);
        }
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
