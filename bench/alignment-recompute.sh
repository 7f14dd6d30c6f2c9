#!/usr/bin/env bash
# alignment-service recompute benchmark (issue 5): recompute of a brand with 20 promises x 10 touchpoints
# over 10,000,000 interactions; prints its time and the calls it made to other services beside the summed
# time of the raw SQL answering the same questions on touchpoint-service's tables; target <= 2x.
# Starts the real promise-service, touchpoint-service and alignment-service jars on fresh schemas (created
# and dropped) and seeds the brand through their APIs (interactions as CSV batches, which takes a while).
# Usage: bench/alignment-recompute.sh [--interactions 10000000] [--targets 2] [--clients 4] [--batch 1000] [--runs 3]
#        [--seed-only true] seeds and keeps the schemas; [--reuse brandId,promiseSchema,touchpointSchema] measures them again.
# Database: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD ("").
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# Always rebuild the services, so the figures are for the code in this tree.
for module in promise-service touchpoint-service alignment-service; do
  ./mvnw -B -q -pl "$module" -am package -DskipTests
done
./mvnw -B -q -Pbench -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xmx2g -cp bench/target/bench-0.1.0-SNAPSHOT.jar io.brandbridge.bench.alignment.AlignmentBench recompute "$@"
