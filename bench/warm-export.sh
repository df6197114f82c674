#!/usr/bin/env bash
# Issue 18's warm goal: the editor's re-export after one edit (ExportBenchmark edits), in one JVM
# with one exporter: a first export, then EDITS times one publication's title edited and the site
# exported again into the same folder. Prints the median and 90th percentile after the first five
# edits, wall clock and processor time of all threads, for each size and build, alternating, with
# the load average before each run.
#
#   bench/warm-export.sh [EDITS] [SIZES]               default: 40 edits, "1000 10000"
#   BUILDS="before=/tmp/old/target/classes now=target/classes" bench/warm-export.sh 30 1000
#   EDITOR_OPTIONS=1 bench/warm-export.sh 25 10000   the JVM started with the editor's options, as the
#                                                    app image and java -jar start it (the quick compiler
#                                                    only: packaging/jpackage-app.cfg, its module options left out)
#   JAVA_OPTS="..." bench/warm-export.sh              other JVM options
#   MAX_HEAP= bench/warm-export.sh                    no -Xmx, as the editor starts (default -Xmx2g, as
#                                                    before). The maximum sets G1's region size (1 MB at
#                                                    2 GB, 4 MB for the editor on a 24 GB machine), and
#                                                    with it which arrays are "humongous" (over half a region)
#
# Each build is a classes folder; the benchmark's class comes from $TEST_CLASSES (default
# target/test-classes). Needs `mvn -B -q test-compile` first.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
edits=${1:-40}
sizes=${2:-1000 10000}
builds=${BUILDS:-now=target/classes}
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/warm-export.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cache"
first_build=${builds%% *}
java_opts=${JAVA_OPTS:-}
max_heap=${MAX_HEAP-2g}
if [[ ${EDITOR_OPTIONS:-0} == 1 ]]; then
  java_opts+=" $(awk '$1 == "--java-options" && $2 ~ /^-[XD]/ {printf "%s ", $2}' packaging/jpackage-app.cfg)"
  echo "JVM options: $java_opts"
fi
for n in $sizes; do
  java -cp "${first_build#*=}:${TEST_CLASSES:-target/test-classes}:$(cat "$deps")" \
    org.scholarfolio.site.bench.ExportBenchmark generate "$work/$n" "$n" $((n / 2)) >/dev/null
  for build in $builds; do
    label=${build%%=*}
    echo "N = $n, $label, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    java ${max_heap:+-Xmx$max_heap} $java_opts -Dscholarfolio.cacheHome="$work/cache" \
      -cp "${build#*=}:${TEST_CLASSES:-target/test-classes}:$(cat "$deps")" \
      org.scholarfolio.site.bench.ExportBenchmark edits "$work/$n/portfolio" "$work/out" "$edits" | sed 's/^/  /'
  done
done
