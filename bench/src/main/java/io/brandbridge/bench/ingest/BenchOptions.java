package io.brandbridge.bench.ingest;

import java.util.Arrays;
import java.util.Iterator;

/** Command-line options of the ingest benchmark; every one has a default suited to bench/ingest.sh. */
record BenchOptions(long rows, long statsRows, long bigRows, long warmup, int clients, int batch, int sites, long seed,
                    String target, String adminKey, String secret, String dbUrl, String dbUser, String dbPassword,
                    int statsRepeats, int predicates, int customers, boolean handoffs, boolean plain, String format, boolean mapping) {

    static final String USAGE = """
            run [options]
              --rows N          interactions pushed and loaded for the ingest comparison (default 1000000)
              --stats-rows N    interactions stored when stats are timed (default 2000000; 0 skips the stats comparison)
              --big             also push on until 20000000 are stored and compare the ingest rate there (--big-rows N for another N)
              --warmup N        interactions pushed to a separate touchpoint first, untimed, to warm the service's JIT (default 50000)
              --clients N       concurrent pushing clients (default 4)
              --batch N         records per push (default 1000)
              --sites N         call-centre touchpoints the calls are spread over (default 4)
              --seed N          data generator seed (default 42)
              --target URL      where to push (default http://127.0.0.1:18082, the service itself)
              --admin-key KEY   push through the gateway at --target: a bench client is created with this admin key
              --secret S        internal-token secret shared with the service (default env BRANDBRIDGE_INTERNAL_SECRET)
              --db-url URL      JDBC URL of the service's schema, for LOAD DATA and raw SQL
              --db-user U --db-password P
              --stats-repeats N timed repetitions per stats question (default 7)
              --predicates N    standing attainment predicates registered at every site before pushing (default 0; the stats
                                questions' own are among them once N >= 3, so stats then read counters)
              --customers N     give every call a customerRef drawn from N customers (journeys derived from them), and first push
                                the same number of calls without customerRef to touchpoints of their own: both rates side by side
              --no-plain        with --customers, skip the push without customerRef (for a handoff timing alone)
              --handoffs        time the handoff matrix over every stored call against window-function SQL over the raw table
              --format F        also push the --rows calls as vendor format F (amazon-connect-ctr) and as native NDJSON with the
                                same stored content, each to touchpoints of their own, and print both rates and the ratio
              --mapping         push the --rows calls again as a vendor-shaped CSV (;, H:MM:SS, Y/N) through a mapping profile, and as
                                native NDJSON, each to touchpoints of their own: both rates side by side""";

    static BenchOptions parse(String[] args) {
        long rows = 1_000_000;
        long statsRows = 2_000_000;
        long bigRows = 0;
        long warmup = 50_000;
        int clients = 4;
        int batch = 1000;
        int sites = 4;
        long seed = 42;
        String target = "http://127.0.0.1:18082";
        String adminKey = null;
        String secret = System.getenv("BRANDBRIDGE_INTERNAL_SECRET");
        String dbUrl = null;
        String dbUser = "root";
        String dbPassword = "";
        int statsRepeats = 7;
        int predicates = 0;
        int customers = CallCentreCalls.DISTINCT_CUSTOMERS;
        boolean handoffs = false;
        boolean plain = true;
        String format = null;
        boolean mapping = false;
        Iterator<String> it = Arrays.asList(args).iterator();
        while (it.hasNext()) {
            String option = it.next();
            switch (option) {
                case "--rows" -> rows = Long.parseLong(it.next());
                case "--stats-rows" -> statsRows = Long.parseLong(it.next());
                case "--big" -> bigRows = 20_000_000;
                case "--big-rows" -> bigRows = Long.parseLong(it.next());
                case "--warmup" -> warmup = Long.parseLong(it.next());
                case "--clients" -> clients = Integer.parseInt(it.next());
                case "--batch" -> batch = Integer.parseInt(it.next());
                case "--sites" -> sites = Integer.parseInt(it.next());
                case "--seed" -> seed = Long.parseLong(it.next());
                case "--target" -> target = it.next();
                case "--admin-key" -> adminKey = it.next();
                case "--secret" -> secret = it.next();
                case "--db-url" -> dbUrl = it.next();
                case "--db-user" -> dbUser = it.next();
                case "--db-password" -> dbPassword = it.next();
                case "--stats-repeats" -> statsRepeats = Integer.parseInt(it.next());
                case "--predicates" -> predicates = Integer.parseInt(it.next());
                case "--customers" -> customers = Integer.parseInt(it.next());
                case "--handoffs" -> handoffs = true;
                case "--no-plain" -> plain = false;
                case "--format" -> format = it.next();
                case "--mapping" -> mapping = true;
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (dbUrl == null) {
            throw new IllegalArgumentException("--db-url is required\n" + USAGE);
        }
        if (adminKey == null && (secret == null || secret.isBlank())) {
            throw new IllegalArgumentException("--secret (or BRANDBRIDGE_INTERNAL_SECRET) is required to call the service directly\n" + USAGE);
        }
        if (format != null && !format.equals(VendorFormatTiming.CTR)) {
            throw new IllegalArgumentException("--format supports " + VendorFormatTiming.CTR + " only\n" + USAGE);
        }
        if (statsRows > 0 && statsRows < rows) {
            statsRows = rows;
        }
        return new BenchOptions(rows, statsRows, bigRows, warmup, clients, batch, sites, seed, target.replaceAll("/+$", ""), adminKey, secret,
                dbUrl, dbUser, dbPassword, statsRepeats, predicates, customers, handoffs, plain, format, mapping);
    }
}
