package io.brandbridge.bench.alignment;

/**
 * alignment-service benchmarks (issue 5), run from the repository root:
 * <pre>
 *   read      [--concurrency 8] [--warmup 30s] [--duration 30s] [--heap 512m]
 *   recompute [--interactions 10000000] [--promises 20] [--touchpoints 10] [--targets 2] [--clients 4] [--batch 1000] [--runs 3] [--heap 1g]
 *             [--folded true]     (also time the raw SQL window counts folded into one scan per touchpoint)
 *             [--seed-only true]  (seed, keep the schemas and stop)
 *             [--reuse brandId,promiseSchema,touchpointSchema [--as-of instant]]  (measure a brand seeded before)
 *   backfill  [--interactions 10000000] [--days 90] [--promises 20] [--touchpoints 10] [--targets 2] [--clients 4] [--batch 1000] [--poll 250ms] [--heap 1g]
 *             [--seed-only true]  (seed, keep the schemas and stop)
 *             [--reuse brandId,promiseSchema,touchpointSchema]  (backfill a brand seeded before by a backfill --seed-only run)
 *   webhooks  [--brands 100] [--per-brand 10] [--parallel 4] [--wait 3m] [--heap 1g]
 * </pre>
 * Database: BENCH_DB_HOST, BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD (127.0.0.1, 3306, root, empty).
 * Schemas are created fresh and dropped afterwards (keep them with -Dbench.keep=true).
 */
public final class AlignmentBench {

    private AlignmentBench() {
    }

    public static void main(String[] args) throws Exception {
        // The bench's own Micronaut context (for minting tokens) would otherwise log at DEBUG.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "read" -> new ReadBench(new Options(args, 1)).run();
            case "recompute" -> new RecomputeBench(new Options(args, 1)).run();
            case "backfill" -> new BackfillBench(new Options(args, 1)).run();
            case "webhooks" -> new WebhookBench(new Options(args, 1)).run();
            default -> {
                System.err.println("usage: read [--concurrency 8] [--warmup 30s] [--duration 30s] [--heap 512m]\n"
                        + "       recompute [--interactions 10000000] [--promises 20] [--touchpoints 10] [--targets 2] [--clients 4] [--batch 1000] [--runs 3] [--heap 1g]\n"
                        + "                 [--folded true] [--seed-only true] [--reuse brandId,promiseSchema,touchpointSchema [--as-of instant]]\n"
                        + "       backfill  [--interactions 10000000] [--days 90] [--promises 20] [--touchpoints 10] [--targets 2] [--clients 4] [--batch 1000] [--poll 250ms]\n"
                        + "                 [--heap 1g] [--seed-only true] [--reuse brandId,promiseSchema,touchpointSchema]\n"
                        + "       webhooks  [--brands 100] [--per-brand 10] [--parallel 4] [--wait 3m] [--heap 1g]");
                System.exit(2);
            }
        }
        System.exit(0);
    }
}
