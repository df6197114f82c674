#!/usr/bin/env bash
# The command line's export in one JVM, round after round (ExportBenchmark once): the processor time
# and the bytes allocated per publication once the JVM is warm, for one or more builds side by side,
# alternating build by build. The figures of the per-publication work (views, filter index, pages),
# with the JVM's start and warm-up left out.
#
#   bench/export-per-publication.sh [ROUNDS] [SIZES]         default: 6 rounds, "1000 10000"
#   BUILDS="before=/tmp/old/target/classes now=target/classes" bench/export-per-publication.sh 6 10000
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java ...       the allocation figure needs Java 21 or later
#                                                             (else it prints -1)
#
# Each build is a classes folder; the benchmark's class comes from $TEST_CLASSES (default
# target/test-classes). Needs `mvn -B -q test-compile` first. Each size is generated once
# (N publications, N/2 news items) and exported by every build.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
rounds=${1:-6}
sizes=${2:-1000 10000}
builds=${BUILDS:-now=target/classes}
java=${JAVA:-java}
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/export-per-publication.XXXXXX")
trap 'rm -rf "$work"' EXIT
first_build=${builds%% *}
for n in $sizes; do
  "$java" -cp "${first_build#*=}:${TEST_CLASSES:-target/test-classes}:$(cat "$deps")" \
    org.scholarfolio.site.bench.ExportBenchmark generate "$work/$n" "$n" $((n / 2)) >/dev/null
  for build in $builds; do
    echo "== N = $n, ${build%%=*} (${build#*=}), load $(cut -d' ' -f1-3 /proc/loadavg)"
    "$java" -Xmx3g -Dscholarfolio.cacheHome="$work/cache" \
      -cp "${build#*=}:${TEST_CLASSES:-target/test-classes}:$(cat "$deps")" \
      org.scholarfolio.site.bench.ExportBenchmark once "$work/$n/portfolio" "$work/out" "$rounds" 2>/dev/null | sed 's/^/  /'
  done
done
