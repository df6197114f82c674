#!/usr/bin/env bash
# The al-folio fuzz target's cost per input, old harness (a temporary folder per input) against the
# new one (one folder in /dev/shm, rewritten), alternating in one process; prints the ratio.
# Usage: bench/fuzz-harness.sh [inputs-per-round] [rounds]   (SKIP_BUILD=1 skips test-compile)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -B -o test-compile
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" \
    org.scholarfolio.fuzz.FuzzHarnessBenchmark "${1:-300}" "${2:-5}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
