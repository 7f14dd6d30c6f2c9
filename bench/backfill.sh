#!/usr/bin/env bash
# alignment-service backfill benchmark (issue 13): one job computing 90 days of daily history for a brand with
# 20 promises x 10 touchpoints over 10,000,000 interactions; prints the total seconds, the seconds per day (mean,
# p50/p90/max from polling the job, and each day's recompute time and calls from alignment-service's log), and
# checks the job SUCCEEDED with every day done and that one commitment's trend has a point per day.
# Starts the real promise-service, touchpoint-service and alignment-service jars on fresh schemas (created and
# dropped), seeds the brand through their APIs with interactions spread over the days plus the longest window
# (28 days) before the first, and activates the promises with an effectiveFrom before that.
# Usage: bench/backfill.sh [--interactions 10000000] [--days 90] [--clients 4] [--batch 1000] [--poll 250ms]
#        [--seed-only true] seeds and keeps the schemas; [--reuse brandId,promiseSchema,touchpointSchema] backfills them again
#        (its days end on the seeded data's last day).
# Database: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD ("").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
# Always rebuild the services, so the figures are for the code in this tree.
for module in promise-service touchpoint-service alignment-service; do
  ./mvnw -B -q -pl "$module" -am package -DskipTests
done
./mvnw -B -q -Pbench -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xmx2g -cp bench/target/bench-0.1.0-SNAPSHOT.jar io.brandbridge.bench.alignment.AlignmentBench backfill "$@"
