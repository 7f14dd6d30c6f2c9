#!/usr/bin/env bash
# Valid-key latency through the gateway while 16 connections send random bad keys, against the same
# valid traffic without the flood, in one run; and the key look-ups each flood caused in the database.
# The gateway runs on a throwaway schema with its own database user, so the server's user statistics
# count its SELECTs apart from everything else on the server; the gateway's own counter is read too.
# Usage: bench/auth-flood.sh [seconds=20]
#   BENCH_METRICS_URL  where the gateway serves brandbridge.gateway.key.lookups
#                      (default: the metrics endpoint on the gateway's management port)
#   BENCH_SKIP_BUILD=1 use the jars already built
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_PHASE=${1:-20}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
BENCH_JAR=bench/target/bench-0.1.0-SNAPSHOT.jar
GATEWAY_JAR=gateway/target/gateway-0.1.0-SNAPSHOT.jar
PROMISE_JAR=promise-service/target/promise-service-0.1.0-SNAPSHOT.jar
MAX_FAILURES=20
WINDOW=1m

# Always built: a gateway jar from before the throttle would measure something else.
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -Pbench -pl bench,gateway,promise-service -am package -DskipTests

bench() { "$JAVA" -cp "$BENCH_JAR" io.brandbridge.bench.gateway.GatewayBench "$@"; }
flood() { "$JAVA" -cp "$BENCH_JAR" io.brandbridge.bench.gateway.AuthFloodBench "$@"; }
STAMP=$(date +%s)
SECRET="bench-secret-$STAMP-0123456789abcdefghijklmnop"
ADMIN_KEY="bb_bench-admin-$STAMP-0123456789abcdefghijklmnop"
SCHEMA="bench_flood_$STAMP"
DB_USER_NAME="bench_flood_$STAMP"
DB_USER_PASSWORD="pw-$STAMP-$RANDOM"
PROMISE_PORT=$(bench free-port)
GATEWAY_PORT=$(bench free-port)
GATEWAY_MANAGEMENT_PORT=$(bench free-port)
METRICS_URL=${BENCH_METRICS_URL:-http://127.0.0.1:$GATEWAY_MANAGEMENT_PORT/metrics/brandbridge.gateway.key.lookups}
OUT=$(mktemp -d)
cp "$PROMISE_JAR" "$OUT/promise-service.jar"
cp "$GATEWAY_JAR" "$OUT/gateway.jar"
H2="MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"
JVM_OPTS=(-Xms256m -Xmx512m -XX:+UseParallelGC)

eval "$(flood db-create "$SCHEMA" "$DB_USER_NAME" "$DB_USER_PASSWORD" | grep -E '^USERSTAT_WAS=')"
PROMISE_PID=
GATEWAY_PID=
cleanup() {
  kill $PROMISE_PID $GATEWAY_PID 2>/dev/null || true
  wait $PROMISE_PID $GATEWAY_PID 2>/dev/null || true
  flood db-drop "$SCHEMA" "$DB_USER_NAME" "$USERSTAT_WAS"
}
trap cleanup EXIT

PORT=$PROMISE_PORT MANAGEMENT_PORT=0 BRANDBRIDGE_INTERNAL_SECRET=$SECRET LOG_LEVEL=warn DB_URL="jdbc:h2:mem:bench_promise;$H2" \
  "$JAVA" "${JVM_OPTS[@]}" -jar "$OUT/promise-service.jar" > "$OUT/promise.log" 2>&1 &
PROMISE_PID=$!
PORT=$GATEWAY_PORT MANAGEMENT_PORT=$GATEWAY_MANAGEMENT_PORT BRANDBRIDGE_INTERNAL_SECRET=$SECRET BRANDBRIDGE_ADMIN_KEY=$ADMIN_KEY LOG_LEVEL=warn \
  PROMISE_SERVICE_URL=http://127.0.0.1:$PROMISE_PORT AUTH_FAILURE_LIMIT=$MAX_FAILURES AUTH_FAILURE_WINDOW=$WINDOW \
  DB_URL="jdbc:mysql://${BENCH_DB_HOST:-127.0.0.1}:${BENCH_DB_PORT:-3306}/$SCHEMA?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true" \
  DB_USER=$DB_USER_NAME DB_PASSWORD=$DB_USER_PASSWORD \
  "$JAVA" "${JVM_OPTS[@]}" -jar "$OUT/gateway.jar" > "$OUT/gateway.log" 2>&1 &
GATEWAY_PID=$!

bench wait "http://127.0.0.1:$PROMISE_PORT" 60
bench wait "http://127.0.0.1:$GATEWAY_PORT" 60
eval "$(bench setup "http://127.0.0.1:$GATEWAY_PORT" "$ADMIN_KEY" "$SECRET" | grep -E '^(KEY|BENCH_PATH)=')"
flood run "$GATEWAY_PORT" "$KEY" "$BENCH_PATH" "$DB_USER_NAME" "$METRICS_URL" "$SECONDS_PER_PHASE" "$MAX_FAILURES" "$WINDOW"
echo "logs: $OUT"
