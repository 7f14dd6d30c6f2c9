package io.brandbridge.bench.ingest;

import io.brandbridge.defaults.ports.FreePorts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Ingest and stats benchmark of touchpoint-service (issue 4), driven by bench/ingest.sh:
 * pushes realistic call-centre interactions in batches with concurrent clients, loads the same rows
 * with LOAD DATA into identical tables, times attainment through the API against raw SQL once
 * 2,000,000 interactions are stored, and optionally the ingest rate at 20,000,000 stored.
 */
public final class IngestBench {

    private static final String[] SITES = {"Leeds", "Glasgow", "Cardiff", "Belfast", "Bristol", "Newcastle", "Norwich", "Derby"};
    private static final long SEGMENT = 1_000_000;

    private final BenchOptions options;
    private final BenchApi api;
    // An id of the shape the platform issues: "brd_" and 20 characters ("bench" and 15 hex digits).
    private final String brandId = "brd_bench" + UUID.randomUUID().toString().replace("-", "").substring(0, 15);
    private final List<String> touchpointIds = new ArrayList<>();
    private final CallCentreCalls calls;
    private long batchIndex;
    private long stored;

    private IngestBench(BenchOptions options, BenchApi api) {
        this.options = options;
        this.api = api;
        this.calls = new CallCentreCalls(options.seed(), options.sites(), options.customers());
    }

    public static void main(String[] args) throws Exception {
        // Without a logback configuration of its own the bench would log at DEBUG.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "free-port" -> System.out.println(FreePorts.next());
            case "wait" -> waitHealthy(args[1], Duration.ofSeconds(Long.parseLong(args[2])));
            case "schema" -> schema(args[1], args[2], args[3]);
            case "run" -> {
                BenchOptions options = BenchOptions.parse(java.util.Arrays.copyOfRange(args, 1, args.length));
                try (BenchApi api = options.adminKey() == null ? BenchApi.direct(options.target(), options.secret())
                        : BenchApi.throughGateway(options.target(), options.adminKey())) {
                    new IngestBench(options, api).run();
                }
            }
            default -> {
                System.err.println("usage: free-port | wait <url> <seconds> | schema create|drop <serverJdbcUrl> <name> | run [options]\n" + BenchOptions.USAGE);
                System.exit(2);
            }
        }
    }

    private void run() throws Exception {
        for (int s = 0; s < options.sites(); s++) {
            touchpointIds.add(api.createTouchpoint(brandId, SITES[s % SITES.length] + " contact centre", "UK"));
        }
        try (Connection db = DriverManager.getConnection(options.dbUrl(), options.dbUser(), options.dbPassword())) {
            System.out.printf(Locale.ROOT, "touchpoint-service ingest benchmark: %s (%s), %d clients, batches of %d, %d call-centre touchpoints, %s%n",
                    options.target(), options.adminKey() == null ? "direct" : "through the gateway", options.clients(), options.batch(),
                    options.sites(), serverVersion(db));
            registerPredicates();
            warmUp();
            waitForFlush(db);
            if (options.format() != null) {
                new VendorFormatTiming(api, brandId, options).run();
                waitForFlush(db);
            }
            Pusher.Result plain = options.customers() > 0 && options.plain() ? pushWithoutCustomers(options.rows()) : null;
            Pusher.Result first = pushUpTo(options.rows());
            report("ingest", first);
            if (plain != null) {
                System.out.printf(Locale.ROOT, "with customerRef (%,d customers) / without = %,.0f / %,.0f interactions/s = %.2f (target >= 0.7)%n",
                        options.customers(), first.perSecond(), plain.perSecond(), first.perSecond() / plain.perSecond());
            }
            if (options.mapping()) {
                waitForFlush(db);
                new MappedCsvTiming(api, brandId, options).run();
            }
            int[] seqs = touchpointSeqs(db);
            List<Map<String, Integer>> metricIds = metricIds(db, seqs);

            waitForFlush(db);
            LoadDataBaseline.Result load = new LoadDataBaseline(options.dbUrl(), options.dbUser(), options.dbPassword())
                    .load(replay(options.rows()), seqs, metricIds, sqlTime(Instant.now()));
            System.out.printf(Locale.ROOT, "LOAD DATA of the same rows into identical empty tables: %,d interactions (%,d metric rows) in %.1f s = %,.0f interactions/s%n",
                    load.interactions(), load.metricRows(), load.nanos() / 1e9, load.perSecond());
            System.out.printf(Locale.ROOT, "ingest / LOAD DATA = %.2f (target >= 0.5)%n", first.perSecond() / load.perSecond());

            if (options.handoffs()) {
                waitForFlush(db);
                HandoffTiming.Timing timing = new HandoffTiming(api, options.dbUrl(), options.dbUser(), options.dbPassword(), touchpointIds, seqs)
                        .time(CallCentreCalls.START.truncatedTo(java.time.temporal.ChronoUnit.DAYS), calls.latest().plusSeconds(1), options.statsRepeats());
                HandoffTiming.describe(timing).forEach(System.out::println);
            }
            if (options.statsRows() > 0) {
                if (stored < options.statsRows()) {
                    waitForFlush(db);
                    report("top-up", pushUpTo(options.statsRows()));
                }
                statsComparison(db, seqs, metricIds);
            }
            if (options.bigRows() > stored) {
                Pusher.Result last = null;
                while (stored < options.bigRows()) {
                    last = pushUpTo(Math.min(options.bigRows(), stored + SEGMENT));
                    System.out.printf(Locale.ROOT, "  %,d stored: %,.0f interactions/s%n", stored, last.perSecond());
                }
                System.out.printf(Locale.ROOT, "ingest rate at %,d stored / at %,d stored = %,.0f / %,.0f = %.2f (target >= 0.8)%n",
                        stored, first.records(), last.perSecond(), first.perSecond(), last.perSecond() / first.perSecond());
            }
        }
    }

    /** The same calls without customerRef or journeyId, to touchpoints of their own, timed like the main push. */
    private Pusher.Result pushWithoutCustomers(long rows) throws Exception {
        List<String> plainSites = new ArrayList<>();
        for (int s = 0; s < options.sites(); s++) {
            plainSites.add(api.createTouchpoint(brandId, SITES[s % SITES.length] + " contact centre (no customerRef)", "UK"));
        }
        CallCentreCalls plain = new CallCentreCalls(options.seed(), options.sites(), 0);
        List<Pusher.Batch> batches = new ArrayList<>();
        long index = 0;
        for (long remaining = rows; remaining > 0; ) {
            int size = (int) Math.min(options.batch(), remaining);
            int site = (int) (index++ % options.sites());
            List<CallCentreCalls.Call> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(plain.next(site));
            }
            batches.add(new Pusher.Batch(plainSites.get(site), json(batch), size));
            remaining -= size;
        }
        Pusher.Result result = new Pusher(api, brandId, options.clients()).push(batches, "application/json");
        report("ingest without customerRef", result);
        return result;
    }

    /**
     * Registers {@code --predicates} standing predicates at every site while they are empty (so READY at once): the stats
     * questions' three first, then distinct thresholds over the numeric metrics. Every push then counts into all of them.
     */
    private void registerPredicates() throws IOException, InterruptedException {
        if (options.predicates() <= 0) {
            return;
        }
        List<String> predicates = new ArrayList<>(List.of(predicate("wait_seconds", "LE", 60), predicate("resolved_first_contact", "EQ", 1),
                predicate("handle_seconds", "LE", 300)));
        String[] metrics = {"wait_seconds", "handle_seconds", "transfers", "csat"};
        for (int k = 0; predicates.size() < options.predicates(); k++) {
            predicates.add(predicate(metrics[k % metrics.length], k % 2 == 0 ? "LE" : "GT", 1000 + k));
        }
        String body = "{\"touchpointIds\":[\"" + String.join("\",\"", touchpointIds) + "\"],\"attainment\":["
                + String.join(",", predicates.subList(0, options.predicates())) + "],\"pairs\":[]}";
        api.stats("/api/v1/stats/predicates", body);
        System.out.printf(Locale.ROOT, "standing predicates: %d registered at each of the %d sites before any push%n", options.predicates(), touchpointIds.size());
    }

    private static String predicate(String metric, String op, double threshold) {
        return "{\"metric\":\"" + metric + "\",\"op\":\"" + op + "\",\"threshold\":" + threshold + "}";
    }

    /**
     * Pushes calls of another generator to a touchpoint of their own, untimed, so the timed pushes meet
     * a service whose hot paths are compiled, as in steady operation.
     */
    private void warmUp() throws Exception {
        if (options.warmup() <= 0) {
            return;
        }
        String touchpoint = api.createTouchpoint(brandId, "Warm-up contact centre", "UK");
        CallCentreCalls warmupCalls = new CallCentreCalls(options.seed() + 1, 1);
        List<Pusher.Batch> batches = new ArrayList<>();
        for (long left = options.warmup(); left > 0; left -= options.batch()) {
            int size = (int) Math.min(options.batch(), left);
            List<CallCentreCalls.Call> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(warmupCalls.next(0));
            }
            batches.add(new Pusher.Batch(touchpoint, json(batch), size));
        }
        Pusher.Result result = new Pusher(api, brandId, options.clients()).push(batches, "application/json");
        System.out.printf(Locale.ROOT, "warm-up (untimed, its own touchpoint): %,d interactions at %,.0f interactions/s%n", result.records(), result.perSecond());
    }

    private static byte[] json(List<CallCentreCalls.Call> batch) {
        StringBuilder json = new StringBuilder(batch.size() * 360).append('[');
        for (CallCentreCalls.Call call : batch) {
            if (json.length() > 1) {
                json.append(',');
            }
            call.appendJson(json);
        }
        return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Generates and pushes calls until {@code total} are stored; only the pushing is timed. */
    private Pusher.Result pushUpTo(long total) throws Exception {
        List<Pusher.Batch> batches = new ArrayList<>();
        for (long remaining = total - stored; remaining > 0; ) {
            int size = (int) Math.min(options.batch(), remaining);
            List<CallCentreCalls.Call> batch = nextBatch(size);
            batches.add(new Pusher.Batch(touchpointIds.get(batch.getFirst().site()), json(batch), size));
            remaining -= size;
        }
        Pusher.Result result = new Pusher(api, brandId, options.clients()).push(batches, "application/json");
        if (result.accepted() != result.records()) {
            throw new IllegalStateException("pushed " + result.records() + " but " + result.accepted() + " were accepted");
        }
        stored += result.records();
        return result;
    }

    private List<CallCentreCalls.Call> nextBatch(int size) {
        int site = (int) (batchIndex++ % options.sites());
        List<CallCentreCalls.Call> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            batch.add(calls.next(site));
        }
        return batch;
    }

    /** The first {@code rows} calls again, batch by batch in push order, from a fresh generator with the same seed. */
    private Iterable<List<CallCentreCalls.Call>> replay(long rows) {
        return () -> new Iterator<>() {
            private final CallCentreCalls again = new CallCentreCalls(options.seed(), options.sites(), options.customers());
            private long produced;
            private long index;

            @Override
            public boolean hasNext() {
                return produced < rows;
            }

            @Override
            public List<CallCentreCalls.Call> next() {
                int size = (int) Math.min(options.batch(), rows - produced);
                int site = (int) (index++ % options.sites());
                List<CallCentreCalls.Call> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(again.next(site));
                }
                produced += size;
                return batch;
            }
        };
    }

    private void statsComparison(Connection db, int[] seqs, List<Map<String, Integer>> metricIds) throws Exception {
        StatsTiming timing = new StatsTiming(api, options.dbUrl(), options.dbUser(), options.dbPassword(), touchpointIds, seqs, metricIds);
        List<Integer> all = new ArrayList<>();
        for (int s = 0; s < options.sites(); s++) {
            all.add(s);
        }
        Instant from = CallCentreCalls.START.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Instant end = calls.latest().plusSeconds(1);
        // The API allows at most 400 days per question, so "whole history" is the latest 400 days when the data spans more.
        Instant historyFrom = end.minus(Duration.ofDays(400)).isAfter(from) ? end.minus(Duration.ofDays(400)) : from;
        Instant windowFrom = end.minus(Duration.ofDays(28));
        List<StatsTiming.Question> questions = List.of(
                new StatsTiming.Question("all sites, whole history, wait_seconds LE 60", all, "wait_seconds", "LE", 60, historyFrom, end, null),
                new StatsTiming.Question("all sites, whole history, DAY buckets", all, "wait_seconds", "LE", 60, historyFrom, end, "DAY"),
                new StatsTiming.Question("one site, 28 days, resolved_first_contact EQ 1", List.of(0), "resolved_first_contact", "EQ", 1, windowFrom, end, null),
                new StatsTiming.Question("all sites, 28 days, HOUR buckets, handle_seconds LE 300", all, "handle_seconds", "LE", 300, windowFrom, end, "HOUR"));
        System.out.printf(Locale.ROOT, "stats at %,d stored interactions (%,d metric rows), median of %d runs each:%n",
                stored, count(db, "SELECT COUNT(*) FROM interaction_metric"), options.statsRepeats());
        for (StatsTiming.Question question : questions) {
            StatsTiming.Timing t = timing.time(question, options.statsRepeats());
            System.out.printf(Locale.ROOT, "  %-58s API %8.1f ms, raw SQL %8.1f ms, ratio %.2f (target <= 1.5)  [valid %,d, good %,d%s]%n",
                    question.name() + ":", t.apiMillis(), t.sqlMillis(), t.ratio(), t.valid(), t.good(),
                    question.bucket() == null ? "" : ", " + t.buckets() + " non-empty buckets");
        }
    }

    private void report(String what, Pusher.Result result) {
        System.out.printf(Locale.ROOT, "%s: %,d interactions (%.0f MB of JSON) in %.1f s = %,.0f interactions/s; %,d stored now%n",
                what, result.records(), result.bytes() / 1e6, result.nanos() / 1e9, result.perSecond(), stored);
    }

    private int[] touchpointSeqs(Connection db) throws SQLException {
        int[] seqs = new int[touchpointIds.size()];
        try (PreparedStatement query = db.prepareStatement("SELECT seq FROM touchpoint WHERE id = ?")) {
            for (int s = 0; s < seqs.length; s++) {
                query.setString(1, touchpointIds.get(s));
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    seqs[s] = rs.getInt(1);
                }
            }
        }
        return seqs;
    }

    private static List<Map<String, Integer>> metricIds(Connection db, int[] seqs) throws SQLException {
        List<Map<String, Integer>> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT metric_key, metric_id FROM touchpoint_metric WHERE touchpoint_seq = ?")) {
            for (int seq : seqs) {
                Map<String, Integer> site = new HashMap<>();
                query.setInt(1, seq);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        site.put(rs.getString(1), rs.getInt(2));
                    }
                }
                ids.add(site);
            }
        }
        return ids;
    }

    /**
     * Lets InnoDB write back the dirty pages of the previous phase (for at most a minute), so each timed
     * phase starts from a similar state instead of paying for the one before.
     */
    private static void waitForFlush(Connection db) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long total = status(db, "Innodb_buffer_pool_pages_total");
        while (System.nanoTime() < deadline && status(db, "Innodb_buffer_pool_pages_dirty") * 100 > total) {
            Thread.sleep(500);
        }
    }

    private static long status(Connection db, String name) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("SHOW GLOBAL STATUS LIKE '" + name + "'")) {
            return rs.next() ? rs.getLong(2) : 0;
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String serverVersion(Connection db) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("SELECT VERSION()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String sqlTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS"));
    }

    private static void schema(String action, String serverUrl, String name) throws SQLException {
        if (!name.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("schema names are [a-z0-9_]+: " + name);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement sql = connection.createStatement()) {
            sql.execute(action.equals("create") ? "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
                    : "DROP DATABASE IF EXISTS " + name);
        }
    }

    private static void waitHealthy(String url, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        try (HttpClient http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create(url + "/health/readiness")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not up yet
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(url + " did not become ready within " + within.toSeconds() + " s");
    }
}
