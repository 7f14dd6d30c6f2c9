#!/usr/bin/env bash
# alignment-service read benchmark (issue 5): alignment read p99 against the same service's trivial
# endpoint (GET /health/liveness) p99 under the same mixed load; target ratio <= 3. Starts alignment-service
# from its jar on a fresh MariaDB/MySQL schema (created and dropped), with promise-service and
# touchpoint-service stubbed in the bench process, and stores one 20-promise x 10-touchpoint snapshot first.
# Usage: bench/alignment-read.sh [--concurrency 8] [--warmup 30s] [--duration 30s] [--heap 512m]
# Database: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD ("").
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# Always rebuild, so the figures are for the code in this tree.
./mvnw -B -q -pl alignment-service -am package -DskipTests
./mvnw -B -q -Pbench -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/bench-0.1.0-SNAPSHOT.jar io.brandbridge.bench.alignment.AlignmentBench read "$@"
