#!/usr/bin/env bash
# Seeds the demo brand through the gateway (once; later runs reuse it) and prints its alignment summary.
# Usage: scripts/demo.sh <gatewayUrl> <adminKey>
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -jar demo/target/demo-0.1.0-SNAPSHOT-all.jar "$1" "$2"
