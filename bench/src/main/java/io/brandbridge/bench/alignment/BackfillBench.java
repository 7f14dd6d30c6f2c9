package io.brandbridge.bench.alignment;

import io.brandbridge.defaults.security.Role;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (issue 13): one backfill job computing the daily history of {@code days} past days for a brand with
 * 20 promises × 10 touchpoints over 10,000,000 interactions. Seeds (or reuses) the brand through the real services,
 * its interactions spread over the days and the longest window before the first, the promises activated with an
 * effectiveFrom before the first day; then starts the job, polls it and prints the total, the seconds per day (from
 * polling the job's progress, and the recompute time and calls alignment-service logs per day), and checks the job
 * succeeded with every day done and one commitment's trend has a point per day. Prints figures only.
 */
final class BackfillBench {

    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z]+)\"");
    private static final Pattern DAYS_DONE = Pattern.compile("\"daysDone\"\\s*:\\s*(\\d+)");
    private static final Pattern DAYS_TOTAL = Pattern.compile("\"daysTotal\"\\s*:\\s*(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("\"errors\"\\s*:\\s*(\\[[^\\]]*\\])");
    private static final Pattern DAY = Pattern.compile("\"day\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");
    private static final Pattern IN_FORCE = Pattern.compile("\"inForce\"\\s*:\\s*true");
    /** What RecomputeService logs after each day of a backfill. */
    private static final Pattern RECOMPUTED = Pattern.compile("Recomputed \\(BACKFILL\\) brand (\\S+) as of (\\S+) in (\\d+) ms with (\\d+) calls");

    private final Options options;

    BackfillBench(Options options) {
        this.options = options;
    }

    void run() throws Exception {
        RecomputeScenario scenario = RecomputeScenario.of(options);
        int days = options.integer("days", 90);
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("--days must be 1 to 366 (a backfill takes at most 366), got " + days);
        }
        Duration poll = options.duration("poll", Duration.ofMillis(250));
        String secret = "bench-backfill-secret-" + System.nanoTime() + "-0123456789abcdef";
        ZoneId zone = RecomputeScenario.ZONE;
        System.out.printf(Locale.ROOT, "alignment backfill benchmark: %d days of history, %d promises × %d touchpoints, %,d interactions, %s%n",
                days, scenario.promises(), scenario.touchpoints(), scenario.interactions(), Database.serverVersion());
        try (Dependencies dependencies = Dependencies.start(secret, options);
             // The schedule stays off so the job has the service to itself; info level keeps the per-day "Recomputed (BACKFILL)" lines.
             ServiceProcess alignment = ServiceProcess.start("alignment-service", secret, Map.of("PROMISE_SERVICE_URL", dependencies.promises().url(),
                     "TOUCHPOINT_SERVICE_URL", dependencies.touchpoints().url(), "ALIGNMENT_RECOMPUTE_ENABLED", "false", "LOG_LEVEL", "info"),
                     options.text("heap", "1g"));
             Api api = new Api(secret)) {
            ServiceProcess promises = dependencies.promises();
            ServiceProcess touchpoints = dependencies.touchpoints();
            String brandId;
            List<String> promiseIds;
            LocalDate lastDay;
            if (dependencies.reusedBrand() == null) {
                lastDay = LocalDate.now(zone).minusDays(1);
                // Data up to the last day's end, reaching back the longest window before the first day's, so every day's windows are full.
                Instant dataEnd = dayEnd(lastDay, zone);
                Duration span = Duration.ofDays(days + RecomputeScenario.LONGEST_WINDOW_DAYS);
                BrandSeeder.Promises seeded = BrandSeeder.seedPromises(api, promises, scenario, dataEnd.minus(span).minus(Duration.ofDays(1)));
                brandId = seeded.brandId();
                promiseIds = seeded.ids();
                List<String> touchpointIds = BrandSeeder.seedTouchpoints(api, touchpoints, brandId, scenario);
                System.out.printf(Locale.ROOT, "  interactions from %s to %s (%d days)%n", dataEnd.minus(span), dataEnd, span.toDays());
                BrandSeeder.seedInteractions(api, touchpoints, touchpointIds, scenario, dataEnd, span, options.integer("clients", 4), options.integer("batch", 1_000));
            } else {
                brandId = dependencies.reusedBrand();
                promiseIds = BrandSeeder.existingPromises(promises.schema(), brandId);
                // The seeded data ends on the day the seeding run called yesterday, whenever it ran.
                lastDay = LocalDate.ofInstant(BrandSeeder.lastInteraction(touchpoints.schema(), brandId), zone);
                System.out.printf("  reusing brand %s with %d promises, data up to %s%n", brandId, promiseIds.size(), lastDay);
            }
            if (options.text("seed-only", "false").equals("true")) {
                // A --reuse run leaves these in place too; the last one drops them.
                System.out.printf("seeded brand %s; schemas kept: %s %s %s%nmeasure it with --reuse %s,%s,%s%ndrop them after with DROP DATABASE %s; DROP DATABASE %s; DROP DATABASE %s;%n",
                        brandId, promises.schema(), touchpoints.schema(), alignment.schema(), brandId, promises.schema(), touchpoints.schema(),
                        promises.schema(), touchpoints.schema(), alignment.schema());
                System.setProperty("bench.keep", "true");
                return;
            }
            LocalDate firstDay = lastDay.minusDays(days - 1L);
            Progress progress = backfill(api, alignment, brandId, firstDay, lastDay, poll);
            printTimes(progress, recomputesLogged(alignment.log(), brandId), poll, alignment.log());
            Trend trend = trend(api, alignment, brandId, promiseIds.getFirst(), firstDay, lastDay, zone);
            System.out.printf("trend of promise %s, commitment answer: %d points (%d in force), %s to %s; expected %d, %s to %s%n", promiseIds.getFirst(),
                    trend.days().size(), trend.inForce(), trend.days().isEmpty() ? "-" : trend.days().first(), trend.days().isEmpty() ? "-" : trend.days().last(),
                    days, firstDay, lastDay);
            List<String> failures = new ArrayList<>();
            if (!progress.state().equals("SUCCEEDED") || progress.daysDone() != days) {
                failures.add("job ended " + progress.state() + " with " + progress.daysDone() + " of " + days + " days done, errors " + progress.errors());
            }
            if (trend.days().size() != days || !trend.days().first().equals(firstDay) || !trend.days().last().equals(lastDay) || trend.inForce() != days) {
                failures.add("the trend does not have one in-force point for each of the " + days + " days");
            }
            if (!failures.isEmpty()) {
                throw new IllegalStateException(String.join("; ", failures));
            }
        }
    }

    /** How the job went: its last state, and the wall-clock moment (nanoTime) each day was seen done. */
    private record Progress(String state, int daysDone, String errors, long postedAt, long[] dayDoneAt, Instant startedAt, Instant finishedAt) {

        Duration serverTotal() {
            return Duration.between(startedAt, finishedAt);
        }
    }

    private static Progress backfill(Api api, ServiceProcess alignment, String brandId, LocalDate from, LocalDate to, Duration poll) throws Exception {
        System.out.printf(Locale.ROOT, "%nbackfill %s to %s%n", from, to);
        long posted = System.nanoTime();
        HttpResponse<String> created = api.send("POST", alignment.url() + "/api/v1/alignment/brands/" + brandId + "/backfill",
                "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}", "application/json", Role.OPERATIONS, Map.of());
        String queued = api.expect(202, created);
        String location = created.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException("202 without a Location: " + queued));
        System.out.printf("  job %s (%s days), %s%n", Api.id(queued), Api.match(DAYS_TOTAL, queued), location);
        int total = Integer.parseInt(Api.match(DAYS_TOTAL, queued));
        String job;
        long[] doneAt = new long[total];
        int seen = 0;
        long lastPrinted = posted;
        while (true) {
            job = api.expect(200, api.send("GET", alignment.url() + location, null, null, Role.OPERATIONS, Map.of()));
            long now = System.nanoTime();
            int done = Integer.parseInt(Api.match(DAYS_DONE, job));
            // Days finished between two polls share the moment they were seen; the poll interval bounds the error.
            for (; seen < Math.min(done, total); seen++) {
                doneAt[seen] = now;
            }
            String state = Api.match(STATE, job);
            if (now - lastPrinted > Duration.ofSeconds(30).toNanos()) {
                System.out.printf(Locale.ROOT, "  %s: %d of %d days after %,.0f s%n", state, done, total, (now - posted) / 1e9);
                lastPrinted = now;
            }
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || state.equals("CANCELLED")) {
                return new Progress(state, done, Api.match(ERRORS, job), posted, Arrays.copyOf(doneAt, seen), instant(job, "startedAt"), instant(job, "finishedAt"));
            }
            Thread.sleep(poll);
        }
    }

    /** The days the commitment's trend has a point for over [first day, last day], and how many of them the promise was in force. */
    private record Trend(TreeSet<LocalDate> days, long inForce) {
    }

    private static void printTimes(Progress progress, List<long[]> recomputes, Duration poll, Path log) {
        int done = Math.max(1, progress.daysDone());
        long[] doneAt = progress.dayDoneAt();
        double wall = (doneAt.length == 0 ? System.nanoTime() : doneAt[doneAt.length - 1]) - progress.postedAt();
        System.out.printf(Locale.ROOT, "%njob %s: %d days done, errors %s%n", progress.state(), progress.daysDone(), progress.errors());
        System.out.printf(Locale.ROOT, "total                  %,9.1f s   (job startedAt %s to finishedAt %s; %,.1f s from the POST to the last day seen done)%n",
                progress.serverTotal().toMillis() / 1000.0, progress.startedAt(), progress.finishedAt(), wall / 1e9);
        System.out.printf(Locale.ROOT, "seconds per day, mean  %,9.2f s   (total / %d days)%n", progress.serverTotal().toMillis() / 1000.0 / done, done);
        long[] perDay = new long[doneAt.length];
        for (int d = 0; d < perDay.length; d++) {
            perDay[d] = doneAt[d] - (d == 0 ? progress.postedAt() : doneAt[d - 1]);
        }
        // The first day also waits for the worker to claim the job (it looks every 2 s), so the polled figures start from the second.
        if (perDay.length > 1) {
            long[] steady = Arrays.copyOfRange(perDay, 1, perDay.length);
            System.out.printf(Locale.ROOT, "seconds per day, polled: p50 %.2f s, p90 %.2f s, max %.2f s   (days 2 to %d, polled every %d ms; day 1 with the claim %.2f s)%n",
                    quantile(steady, 0.5) / 1e9, quantile(steady, 0.9) / 1e9, quantile(steady, 1) / 1e9, perDay.length, poll.toMillis(), perDay[0] / 1e9);
        }
        if (recomputes.isEmpty()) {
            System.out.printf("recompute per day: no \"Recomputed (BACKFILL)\" lines in %s%n", log);
            return;
        }
        long[] millis = recomputes.stream().mapToLong(r -> r[0]).toArray();
        long[] calls = recomputes.stream().mapToLong(r -> r[1]).toArray();
        System.out.printf(Locale.ROOT, "recompute per day (alignment log, %d days): mean %.2f s, p50 %.2f s, p90 %.2f s, max %.2f s, first (cold) %.2f s%n",
                millis.length, Arrays.stream(millis).average().orElse(0) / 1000, quantile(millis, 0.5) / 1000.0, quantile(millis, 0.9) / 1000.0,
                quantile(millis, 1) / 1000.0, millis[0] / 1000.0);
        System.out.printf(Locale.ROOT, "calls per day to promise-service and touchpoint-service: min %d, p50 %d, max %d (%,d in all)%n",
                quantile(calls, 0), quantile(calls, 0.5), quantile(calls, 1), Arrays.stream(calls).sum());
    }

    private static Trend trend(Api api, ServiceProcess alignment, String brandId, String promiseId, LocalDate firstDay, LocalDate lastDay, ZoneId zone)
            throws Exception {
        String trend = api.expect(200, api.send("GET", alignment.url() + "/api/v1/alignment/brands/" + brandId + "/trend?promiseId=" + promiseId
                + "&commitmentKey=answer&from=" + firstDay.atStartOfDay(zone).toInstant() + "&to=" + lastDay.plusDays(1).atStartOfDay(zone).toInstant(),
                null, null, Role.OPERATIONS, Map.of()));
        TreeSet<LocalDate> days = new TreeSet<>();
        Matcher m = DAY.matcher(trend);
        while (m.find()) {
            days.add(LocalDate.parse(m.group(1)));
        }
        return new Trend(days, IN_FORCE.matcher(trend).results().count());
    }

    /** Per day of this brand's backfill, as alignment-service logged it: {recompute ms, calls to other services}. */
    private static List<long[]> recomputesLogged(Path log, String brandId) throws Exception {
        List<long[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            Matcher m = RECOMPUTED.matcher(line);
            if (m.find() && m.group(1).equals(brandId)) {
                lines.add(new long[] {Long.parseLong(m.group(3)), Long.parseLong(m.group(4))});
            }
        }
        return lines;
    }

    private static Instant instant(String json, String field) {
        return Instant.parse(Api.match(Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\""), json));
    }

    /** The last second of a day in the brand's zone, as alignment-service's backfill computes it (DayEnd). */
    private static Instant dayEnd(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    /** Nearest-rank quantile. */
    private static long quantile(long[] values, double q) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }
}
