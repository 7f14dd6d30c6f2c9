#!/usr/bin/env bash
# Webhook delivery benchmark: 1,000 subscriptions on 100 brands (10 each, to promise.status_changed) and a recompute
# round that fires one event per subscription; prints the deliveries per second to a receiver in the bench JVM and the
# delay from each event's outbox write (in the snapshot's transaction), from the snapshot's computedAt (whole seconds)
# and from the return of its brand's recompute call to the delivery's arrival: p50/p90/p99/max. Target: p99 < 2 s.
# Starts the real promise-service, touchpoint-service and alignment-service jars on fresh schemas (created and
# dropped), alignment-service with WEBHOOK_ALLOWED_HOSTS=127.0.0.1 and no scheduled rounds.
# Usage: bench/webhooks.sh [--brands 100] [--per-brand 10] [--parallel 4] [--wait 3m] [--heap 1g]
# Database: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD ("").
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh
# Always rebuild the services, so the figures are for the code in this tree.
for module in promise-service touchpoint-service alignment-service; do
  ./mvnw -B -q -pl "$module" -am package -DskipTests
done
./mvnw -B -q -Pbench -pl bench -am package -DskipTests
exec "$JAVA_HOME/bin/java" -Xmx1g -cp bench/target/bench-0.1.0-SNAPSHOT.jar io.brandbridge.bench.alignment.AlignmentBench webhooks "$@"
