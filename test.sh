#!/usr/bin/env bash
# Runs every test suite; the build runs the dashboard's npm build, so it needs Node.js 20 and npm. Extra arguments go
# to Maven; -Dmariadb also runs the repository, HTTP and end-to-end suites against the MySQL-compatible server at
# 127.0.0.1:3306 (root, no password).
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk.sh
exec ./mvnw -B verify "$@"
