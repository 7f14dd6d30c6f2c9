#!/usr/bin/env bash
# touchpoint-service ingest and stats benchmark on MariaDB/MySQL (issue 4). Starts the service on a
# fresh schema it creates and drops, pushes N realistic call-centre interactions in batches of 1,000
# with concurrent clients, loads the same rows with LOAD DATA LOCAL INFILE into identical tables,
# then times attainment through the API against raw SQL at 2,000,000 stored interactions.
# Usage: bench/ingest.sh [--rows N] [--stats-rows N] [--big] [--clients N] [--target URL --admin-key KEY] ...
#        (bench/ingest.sh --help lists every option; defaults: 1,000,000 rows, 2,000,000 for stats, 4 clients)
# BENCH_SERVICE_OPTS: extra JVM options for the service (a JFR recording, a logger level).
# Database: BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (3306), BENCH_DB_USER (root), BENCH_DB_PASSWORD ("").
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
BENCH_JAR=bench/target/bench-0.1.0-SNAPSHOT.jar
SERVICE_JAR=touchpoint-service/target/touchpoint-service-0.1.0-SNAPSHOT.jar

if [ "${1:-}" = "--help" ]; then
  [ -f "$BENCH_JAR" ] || ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
  "$JAVA" -cp "$BENCH_JAR" io.brandbridge.bench.ingest.IngestBench; exit 0
fi

# Always rebuild the service, so the figures are for the code in this tree.
./mvnw -B -q -pl touchpoint-service -am package -DskipTests
./mvnw -B -q -Pbench -pl bench -am package -DskipTests

# Run from copies: bench/target is shared with the other benchmarks and may be rebuilt meanwhile.
WORK=$(mktemp -d -t touchpoint-bench-XXXXXX)
cp "$BENCH_JAR" "$WORK/bench.jar"
cp "$SERVICE_JAR" "$WORK/touchpoint-service.jar"
BENCH_JAR=$WORK/bench.jar
SERVICE_JAR=$WORK/touchpoint-service.jar
bench() { "$JAVA" -cp "$BENCH_JAR" io.brandbridge.bench.ingest.IngestBench "$@"; }
DB_HOST=${BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${BENCH_DB_PORT:-3306}
DB_USER=${BENCH_DB_USER:-root}
DB_PASSWORD=${BENCH_DB_PASSWORD:-}
OPTIONS="useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
SERVER_URL="jdbc:mysql://$DB_HOST:$DB_PORT/?user=$DB_USER&password=$DB_PASSWORD&$OPTIONS"
SCHEMA="bench_touchpoint_$(date +%s)_$$"
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$SCHEMA?rewriteBatchedStatements=true&$OPTIONS"
SECRET=${BRANDBRIDGE_INTERNAL_SECRET:-"bench-secret-$(date +%s)-0123456789abcdefghijklmnop"}
PORT=$(bench free-port)
LOG=$WORK/touchpoint-service.log

bench schema create "$SERVER_URL" "$SCHEMA"
PORT=$PORT MANAGEMENT_PORT=0 DB_URL="$DB_URL" DB_USER=$DB_USER DB_PASSWORD=$DB_PASSWORD BRANDBRIDGE_INTERNAL_SECRET=$SECRET LOG_LEVEL=warn \
  "$JAVA" -Xms1g -Xmx1g ${BENCH_SERVICE_OPTS:-} -jar "$SERVICE_JAR" > "$LOG" 2>&1 &
SERVICE_PID=$!
cleanup() {
  kill "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  bench schema drop "$SERVER_URL" "$SCHEMA" || true
  rm -f "$WORK"/*.jar
}
trap cleanup EXIT

bench wait "http://127.0.0.1:$PORT" 120
echo "touchpoint-service pid $SERVICE_PID on port $PORT, schema $SCHEMA, log $LOG"
"$JAVA" -Xmx3g -cp "$BENCH_JAR" io.brandbridge.bench.ingest.IngestBench run --target "http://127.0.0.1:$PORT" \
  --secret "$SECRET" --db-url "$DB_URL&allowLoadLocalInfile=true" --db-user "$DB_USER" --db-password "$DB_PASSWORD" "$@"
