#!/usr/bin/env bash
# A cheap GET (one brand from promise-service) straight to the service and through the gateway,
# in the same run, with the same wrk settings; prints p50, p99, throughput and the ratios.
# Usage: bench/gateway.sh [connections=16] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${1:-16}
SECONDS_PER_RUN=${2:-20}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
BENCH_JAR=bench/target/bench-0.1.0-SNAPSHOT.jar
GATEWAY_JAR=gateway/target/gateway-0.1.0-SNAPSHOT.jar
PROMISE_JAR=promise-service/target/promise-service-0.1.0-SNAPSHOT.jar

command -v wrk >/dev/null || { echo "wrk is needed: apt-get update && apt-get install -y wrk" >&2; exit 1; }
[ -f "$BENCH_JAR" ] || ./mvnw -B -q -Pbench -pl bench package -DskipTests
[ -f "$GATEWAY_JAR" ] && [ -f "$PROMISE_JAR" ] || ./mvnw -B -q -pl promise-service,gateway package -DskipTests

bench() { "$JAVA" -cp "$BENCH_JAR" io.brandbridge.bench.gateway.GatewayBench "$@"; }
SECRET="bench-secret-$(date +%s)-0123456789abcdefghijklmnop"
ADMIN_KEY="bb_bench-admin-$(date +%s)-0123456789abcdefghijklmnop"
PROMISE_PORT=$(bench free-port)
GATEWAY_PORT=$(bench free-port)
OUT=$(mktemp -d)
# Run copies: a jar rebuilt during the run must not pull classes out from under the running JVM.
cp "$PROMISE_JAR" "$OUT/promise-service.jar"
cp "$GATEWAY_JAR" "$OUT/gateway.jar"
H2="MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"
JVM_OPTS=(-Xms256m -Xmx512m -XX:+UseParallelGC)

PORT=$PROMISE_PORT BRANDBRIDGE_INTERNAL_SECRET=$SECRET LOG_LEVEL=warn DB_URL="jdbc:h2:mem:bench_promise;$H2" \
  "$JAVA" "${JVM_OPTS[@]}" -jar "$OUT/promise-service.jar" > "$OUT/promise.log" 2>&1 &
PROMISE_PID=$!
PORT=$GATEWAY_PORT BRANDBRIDGE_INTERNAL_SECRET=$SECRET BRANDBRIDGE_ADMIN_KEY=$ADMIN_KEY LOG_LEVEL=warn \
  PROMISE_SERVICE_URL=http://127.0.0.1:$PROMISE_PORT DB_URL="jdbc:h2:mem:bench_gateway;$H2" \
  "$JAVA" "${JVM_OPTS[@]}" -jar "$OUT/gateway.jar" > "$OUT/gateway.log" 2>&1 &
GATEWAY_PID=$!
trap 'kill $PROMISE_PID $GATEWAY_PID 2>/dev/null || true; wait $PROMISE_PID $GATEWAY_PID 2>/dev/null || true' EXIT

bench wait "http://127.0.0.1:$PROMISE_PORT" 60
bench wait "http://127.0.0.1:$GATEWAY_PORT" 60
eval "$(bench setup "http://127.0.0.1:$GATEWAY_PORT" "$ADMIN_KEY" "$SECRET" | grep -E '^(KEY|TOKEN|BENCH_PATH)=')"
DIRECT_URL="http://127.0.0.1:$PROMISE_PORT$BENCH_PATH"
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT$BENCH_PATH"
echo "GET $BENCH_PATH, wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s, direct then through the gateway"

# Warm both JVMs up (JIT, pools) before measuring.
wrk -t1 -c"$CONNECTIONS" -d10s -H "X-Internal-Token: $TOKEN" "$DIRECT_URL" > /dev/null
wrk -t1 -c"$CONNECTIONS" -d10s -H "Authorization: Bearer $KEY" "$GATEWAY_URL" > /dev/null

wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "X-Internal-Token: $TOKEN" "$DIRECT_URL" > "$OUT/direct.txt"
wrk -t1 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $KEY" "$GATEWAY_URL" > "$OUT/gateway.txt"
bench report "$OUT/direct.txt" "$OUT/gateway.txt"
echo "raw wrk output: $OUT"
