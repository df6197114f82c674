#!/usr/bin/env bash
# Issue 18's per-edit goal: what one keystroke in a publication's title costs the editor's model and
# its recovery journal at 100 and 10,000 publications (EditCostBenchmark, processor time of the
# thread), then, unless SKIP_STALL=1, the longest gap between frames while 40 keys are typed into a
# 10,000-publication portfolio in the editor's window, headless (UiStallBenchmark, after its open and
# save). Builds can be compared side by side, alternating in every run.
#
#   bench/edit-cost.sh [RUNS] [KEYS]             default: 2 runs, 1000 keystrokes
#   BUILDS="before=/tmp/old/target now=target" bench/edit-cost.sh
#
# Each build is a target folder holding classes/ and test-classes/ (`mvn -B -q test-compile`).
# The load average is printed with every run.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-2}
keys=${2:-1000}
builds=${BUILDS:-now=target}
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
for run in $(seq "$runs"); do
  for build in $builds; do
    dir=${build#*=}
    cp="$dir/classes:$dir/test-classes:$(cat "$deps")"
    echo "run $run, ${build%%=*}, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    java -cp "$cp" org.scholarfolio.ui.bench.EditCostBenchmark "$keys" 100 10000 | sed 's/^/  /'
    [[ ${SKIP_STALL:-0} == 1 ]] && continue
    java -Xmx2g -cp "$cp" org.scholarfolio.app.UiStallBenchmark 10000 file-thread 2>/dev/null \
      | grep typing | sed 's/^/  /'
  done
done
