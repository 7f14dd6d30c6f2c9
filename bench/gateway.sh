#!/usr/bin/env bash
# A cheap GET (one brand from promise-service) straight to the service and through the gateway,
# in the same run, with the same wrk settings; prints p50, p99, throughput and the ratios.
# When nginx is installed, a third run sends the same GET through nginx as a plain reverse proxy
# (no checks at all): what this machine allows any proxy in front of the service.
# Usage: bench/gateway.sh [connections=16] [seconds=20]
#   BENCH_LAYOUT=shared    (default) every process may use every core
#   BENCH_LAYOUT=isolated  the service and wrk share core 0; the gateway, or nginx, has core 1 to itself
#   BENCH_REFERENCE=none   skip the nginx run
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
[ -f "$BENCH_JAR" ] || ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
[ -f "$GATEWAY_JAR" ] && [ -f "$PROMISE_JAR" ] || ./mvnw -B -q -pl promise-service,gateway -am package -DskipTests

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
case "${BENCH_LAYOUT:-shared}" in
  shared) SERVICE_CPUS=(); PROXY_CPUS=() ;;
  isolated) SERVICE_CPUS=(taskset -c 0); PROXY_CPUS=(taskset -c 1) ;;
  *) echo "BENCH_LAYOUT is shared or isolated" >&2; exit 2 ;;
esac

PORT=$PROMISE_PORT MANAGEMENT_PORT=0 BRANDBRIDGE_INTERNAL_SECRET=$SECRET LOG_LEVEL=warn DB_URL="jdbc:h2:mem:bench_promise;$H2" \
  "${SERVICE_CPUS[@]}" "$JAVA" "${JVM_OPTS[@]}" -jar "$OUT/promise-service.jar" > "$OUT/promise.log" 2>&1 &
PROMISE_PID=$!
PORT=$GATEWAY_PORT MANAGEMENT_PORT=0 BRANDBRIDGE_INTERNAL_SECRET=$SECRET BRANDBRIDGE_ADMIN_KEY=$ADMIN_KEY LOG_LEVEL=warn \
  PROMISE_SERVICE_URL=http://127.0.0.1:$PROMISE_PORT DB_URL="jdbc:h2:mem:bench_gateway;$H2" \
  "${PROXY_CPUS[@]}" "$JAVA" "${JVM_OPTS[@]}" -jar "$OUT/gateway.jar" > "$OUT/gateway.log" 2>&1 &
GATEWAY_PID=$!
NGINX_PID=
trap 'kill $PROMISE_PID $GATEWAY_PID $NGINX_PID 2>/dev/null || true; wait $PROMISE_PID $GATEWAY_PID $NGINX_PID 2>/dev/null || true' EXIT

bench wait "http://127.0.0.1:$PROMISE_PORT" 60
bench wait "http://127.0.0.1:$GATEWAY_PORT" 60
eval "$(bench setup "http://127.0.0.1:$GATEWAY_PORT" "$ADMIN_KEY" "$SECRET" | grep -E '^(KEY|TOKEN|BENCH_PATH)=')"
DIRECT_URL="http://127.0.0.1:$PROMISE_PORT$BENCH_PATH"
GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT$BENCH_PATH"

REFERENCE_URL=
if [ "${BENCH_REFERENCE:-nginx}" != none ] && command -v nginx >/dev/null; then
  NGINX_PORT=$(bench free-port)
  mkdir -p "$OUT/nginx" && chmod 755 "$OUT" "$OUT/nginx"
  # Keep-alive to the service, as the gateway has; the token the direct run sends, as no key is checked.
  cat > "$OUT/nginx/nginx.conf" <<NGINX
worker_processes auto;
daemon off;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream service { server 127.0.0.1:$PROMISE_PORT; keepalive 32; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Internal-Token "$TOKEN";
    }
  }
}
NGINX
  "${PROXY_CPUS[@]}" nginx -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" > "$OUT/nginx.log" 2>&1 &
  NGINX_PID=$!
  bench wait-port "$NGINX_PORT" 10
  REFERENCE_URL="http://127.0.0.1:$NGINX_PORT$BENCH_PATH"
fi
echo "GET $BENCH_PATH, wrk -t1 -c$CONNECTIONS -d${SECONDS_PER_RUN}s, layout ${BENCH_LAYOUT:-shared}: direct, then through the gateway${REFERENCE_URL:+, then through nginx}"

load() { "${SERVICE_CPUS[@]}" wrk -t1 -c"$CONNECTIONS" "$@"; }
# Warm every path up (JIT, pools) before measuring.
load -d10s -H "X-Internal-Token: $TOKEN" "$DIRECT_URL" > /dev/null
load -d10s -H "Authorization: Bearer $KEY" "$GATEWAY_URL" > /dev/null
[ -z "$REFERENCE_URL" ] || load -d10s "$REFERENCE_URL" > /dev/null

# CPU time (user + system, in clock ticks) a process has used so far, and the requests of a wrk run.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
requests_in() { awk '/requests in/ {print $1}' "$1"; }
SERVICE_T0=$(cpu_ticks "$PROMISE_PID")
load -d"${SECONDS_PER_RUN}s" --latency -H "X-Internal-Token: $TOKEN" "$DIRECT_URL" > "$OUT/direct.txt"
SERVICE_T1=$(cpu_ticks "$PROMISE_PID"); GATEWAY_T1=$(cpu_ticks "$GATEWAY_PID")
load -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $KEY" "$GATEWAY_URL" > "$OUT/gateway.txt"
SERVICE_T2=$(cpu_ticks "$PROMISE_PID"); GATEWAY_T2=$(cpu_ticks "$GATEWAY_PID")
if [ -n "$REFERENCE_URL" ]; then
  load -d"${SECONDS_PER_RUN}s" --latency "$REFERENCE_URL" > "$OUT/nginx.txt"
  bench report "$OUT/direct.txt" "$OUT/gateway.txt" "$OUT/nginx.txt"
else
  bench report "$OUT/direct.txt" "$OUT/gateway.txt"
fi
awk -v hz="$(getconf CLK_TCK)" -v direct="$(requests_in "$OUT/direct.txt")" -v proxied="$(requests_in "$OUT/gateway.txt")" \
    -v s_direct=$((SERVICE_T1 - SERVICE_T0)) -v s_proxied=$((SERVICE_T2 - SERVICE_T1)) -v gateway=$((GATEWAY_T2 - GATEWAY_T1)) \
    'BEGIN { us = 1e6 / hz; printf "CPU per request: service %.1f us direct, %.1f us behind the gateway; gateway %.1f us\n", s_direct * us / direct, s_proxied * us / proxied, gateway * us / proxied }'
echo "raw wrk output: $OUT"
