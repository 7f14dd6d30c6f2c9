#!/usr/bin/env bash
# Dashboard render benchmark (issue 18): from Chromium's own clock (performance.now() in the page, the navigation and paint
# timings), the time from navigation start to the first frame that shows the overview's promise figures and a promise's
# heat map, cold (HTTP cache cleared through CDP) and warm, medians of --runs loads; and the built bundle's size gzipped.
# Aims: overview < 1 s warm, bundle < 300 KB gzipped. Needs Debian's chromium (/usr/bin/chromium) and Node 20.
# Without --url it builds the services and the dashboard, starts ./run.sh (H2 under ./data, the demo data, port 8080),
# waits for the demo's daily history, measures and stops it; with --url and --key it measures a platform already running.
# Usage: bench/dashboard.sh [--runs 5] [--url http://localhost:8080 --key ADMIN_KEY] [--brand BRAND_ID]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk.sh

RUNS=5
URL=
KEY=
BRAND=
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --url) URL=$2; shift 2 ;;
    --key) KEY=$2; shift 2 ;;
    --brand) BRAND=$2; shift 2 ;;
    *) echo "usage: bench/dashboard.sh [--runs N] [--url URL --key ADMIN_KEY] [--brand BRAND_ID]" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/chromium ] || { echo "Install Debian's chromium first: apt-get install -y chromium" >&2; exit 1; }

mkdir -p bench/out
RUN_PID=
stop_run() {
  if [ -n "$RUN_PID" ]; then
    kill "$RUN_PID" 2>/dev/null || true
    wait "$RUN_PID" 2>/dev/null || true
  fi
}
trap stop_run EXIT

if [ -z "$URL" ]; then
  # Always rebuild, so the figures are for the code in this tree; the dashboard is built as part of the gateway.
  ./mvnw -B -q -pl promise-service,touchpoint-service,alignment-service,gateway,demo -am package -DskipTests
  URL=http://localhost:8080
  KEY="bb_admin_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')"
  BRANDBRIDGE_ADMIN_KEY=$KEY ./run.sh > bench/out/dashboard-run.log 2>&1 &
  RUN_PID=$!
  echo -n "Starting ./run.sh with the demo data (log: bench/out/dashboard-run.log)"
  until grep -q "Brandbridge is running" bench/out/dashboard-run.log; do
    kill -0 "$RUN_PID" 2>/dev/null || { echo; tail -n 30 bench/out/dashboard-run.log >&2; exit 1; }
    echo -n "."
    sleep 2
  done
  echo
  # A first load computes 90 days of history in the background; the trend charts read it, and it would load the machine.
  job=$(sed -n 's#.*GET /api/v1/alignment/jobs/\([A-Za-z0-9_]*\).*#\1#p' bench/out/dashboard-run.log | head -1)
  if [ -n "$job" ]; then
    echo -n "Waiting for the demo's daily history (job $job)"
    while curl -fs -H "Authorization: Bearer $KEY" "$URL/api/v1/alignment/jobs/$job" | grep -Eq '"state":"(QUEUED|RUNNING)"'; do
      echo -n "."
      sleep 5
    done
    echo
  fi
fi

if [ -z "$BRAND" ]; then
  BRAND=$(curl -fs -H "Authorization: Bearer $KEY" "$URL/api/v1/brands?limit=200" \
    | grep -o '"id":"[^"]*","name":"Northwind Telecom"' | head -1 | sed 's/"id":"\([^"]*\)".*/\1/')
  [ -n "$BRAND" ] || { echo "No demo brand (Northwind Telecom) at $URL; pass --brand" >&2; exit 1; }
fi

[ -d clients/typescript/node_modules ] || (cd clients/typescript && npm ci --no-audit --no-fund > /dev/null)
(cd system-tests/browser && npm ci --no-audit --no-fund > /dev/null && npx --no-install tsc -p tsconfig.json)
(cd system-tests/browser && GATEWAY_URL=$URL ADMIN_KEY=$KEY BRAND_ID=$BRAND RUNS=$RUNS DASHBOARD_DIST="$PWD/../../dashboard/dist" \
  node dist/system-tests/browser/src/bench.js)
