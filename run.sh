#!/usr/bin/env bash
# Runs the whole platform locally: builds if needed, starts the four services on embedded H2
# databases under ./data, loads demo data, waits until every service is healthy and prints the
# URLs (the dashboard's first), the admin API key and a first alignment summary. Ctrl-C stops everything it started.
# --webhook-receiver also starts a receiver on 127.0.0.1:8090, subscribed to the demo brand's events, that prints each
# delivery it verifies.
set -euo pipefail
cd "$(dirname "$0")"

WEBHOOK_RECEIVER=false
for arg in "$@"; do
  case "$arg" in
    --webhook-receiver) WEBHOOK_RECEIVER=true ;;
    *) echo "usage: ./run.sh [--webhook-receiver]" >&2; exit 2 ;;
  esac
done

source scripts/jdk.sh

MODULES=(promise-service touchpoint-service alignment-service gateway)
PORTS=(8081 8082 8083 8080)
# Health details, metrics and Prometheus answer only here, on loopback.
MANAGEMENT_PORTS=(9081 9082 9083 9080)
LOG_DIR=data/logs
mkdir -p "$LOG_DIR"
RECEIVER_PORT=8090
RECEIVER_SECRET=data/webhook-receiver.secret

jar_of() { echo "$1/target/$1-0.1.0-SNAPSHOT.jar"; }

needs_build() {
  local m
  for m in "${MODULES[@]}" service-defaults demo dashboard; do
    local jar="$m/target/$m-0.1.0-SNAPSHOT.jar"
    local sources="$m/src/main"
    [ "$m" = demo ] && jar="demo/target/demo-0.1.0-SNAPSHOT-all.jar"
    # The dashboard's sources are npm's layout, not Maven's.
    [ "$m" = dashboard ] && sources="dashboard/src dashboard/index.html dashboard/package-lock.json"
    [ -f "$jar" ] || return 0
    # shellcheck disable=SC2086
    [ -z "$(find $sources pom.xml "$m/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null)" ] || return 0
  done
  return 1
}

if needs_build; then
  if ! command -v npm > /dev/null 2>&1; then
    echo "The build needs Node.js 20 or newer with npm for the dashboard; install them (Debian: apt-get install nodejs npm) and run again." >&2
    exit 1
  fi
  echo "Building (first run takes a few minutes)..."
  ./mvnw -B -q -DskipTests package
fi

CHECKED_PORTS=("${PORTS[@]}" "${MANAGEMENT_PORTS[@]}")
[ "$WEBHOOK_RECEIVER" = true ] && CHECKED_PORTS+=("$RECEIVER_PORT")
for port in "${CHECKED_PORTS[@]}"; do
  if (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use; stop whatever listens there (maybe an earlier run) and try again." >&2
    exit 1
  fi
done

export BRANDBRIDGE_ADMIN_KEY="${BRANDBRIDGE_ADMIN_KEY:-bb_admin_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')}"
export BRANDBRIDGE_INTERNAL_SECRET="${BRANDBRIDGE_INTERNAL_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '=+/')}"

PIDS=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#PIDS[@]} -gt 0 ]; then
    echo
    echo "Stopping Brandbridge..."
    kill "${PIDS[@]}" 2>/dev/null || true
    wait "${PIDS[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

for i in "${!MODULES[@]}"; do
  m=${MODULES[$i]}
  # Webhook receivers on this machine (the demo's, or your own) may be plain http on loopback.
  allowed_hosts=
  [ "$m" = alignment-service ] && allowed_hosts=${WEBHOOK_ALLOWED_HOSTS:-127.0.0.1,localhost}
  WEBHOOK_ALLOWED_HOSTS=$allowed_hosts PORT=${PORTS[$i]} MANAGEMENT_PORT=${MANAGEMENT_PORTS[$i]} java -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1 -jar "$(jar_of "$m")" > "$LOG_DIR/$m.log" 2>&1 &
  PIDS+=($!)
done

echo -n "Starting services"
deadline=$((SECONDS + 120))
for i in "${!MODULES[@]}"; do
  until curl -fs "http://localhost:${PORTS[$i]}/health/readiness" > /dev/null 2>&1; do
    if ! kill -0 "${PIDS[$i]}" 2>/dev/null; then
      echo; echo "${MODULES[$i]} stopped during start-up; last lines of $LOG_DIR/${MODULES[$i]}.log:" >&2
      tail -n 30 "$LOG_DIR/${MODULES[$i]}.log" >&2
      exit 1
    fi
    if [ $SECONDS -gt $deadline ]; then
      echo; echo "${MODULES[$i]} did not become healthy in time; see $LOG_DIR/${MODULES[$i]}.log" >&2
      exit 1
    fi
    echo -n "."
    sleep 1
  done
done
echo " all healthy."

if [ -x scripts/demo.sh ]; then
  scripts/demo.sh "http://localhost:8080" "$BRANDBRIDGE_ADMIN_KEY"
fi

if [ "$WEBHOOK_RECEIVER" = true ]; then
  java -cp demo/target/demo-0.1.0-SNAPSHOT-all.jar io.brandbridge.demo.webhooks.DemoReceiver \
    "http://localhost:8080" "$BRANDBRIDGE_ADMIN_KEY" "$RECEIVER_SECRET" "$RECEIVER_PORT" &
  PIDS+=($!)
fi

cat <<INFO

Brandbridge is running.
  Dashboard:            http://localhost:8080/  (sign in with the admin API key below)
  Gateway (all APIs):   http://localhost:8080/api/v1
  Swagger UI:           http://localhost:8080/swagger-ui/index.html
  Merged OpenAPI:       http://localhost:8080/openapi.yml
  Health:               http://localhost:8080/health
  Services:             promise :8081, touchpoint :8082, alignment :8083 (each has /swagger-ui/index.html)
  Logs:                 $LOG_DIR/

  Admin API key (shown once): $BRANDBRIDGE_ADMIN_KEY
  Try: curl -H "Authorization: Bearer $BRANDBRIDGE_ADMIN_KEY" http://localhost:8080/api/v1/brands

Press Ctrl-C to stop.
INFO
if [ "$WEBHOOK_RECEIVER" = true ]; then
  echo "Webhook receiver: http://127.0.0.1:$RECEIVER_PORT/webhooks prints each verified event below."
fi
wait "${PIDS[@]}"
