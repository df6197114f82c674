#!/usr/bin/env bash
# Issue 14's loads without a thread that keeps the others from a safepoint: a portfolio folder loaded
# TIMES times in one JVM with the editor's -XX options (packaging/jpackage-app.cfg) while another
# thread allocates small arrays, as the JavaFX thread does (store.LoadWhileAllocating). Prints the
# loads' times, that thread's longest wait, the three longest times to reach a safepoint
# (-Xlog:safepoint) and the threads the JVM named for each wait over DELAY ms (-XX:+SafepointTimeout),
# for each build, alternating, with the load average. ABORT=1 ends the JVM at the first such wait
# and keeps its crash report (the offending thread's stack) in $OUT.
#
#   bench/safepoint-reach.sh FOLDER [RUNS] [TIMES]   default: 2 runs, 3 loads each
#   BUILDS="before=/tmp/old/target/classes now=target/classes" bench/safepoint-reach.sh /tmp/in/publications-100000
#   DELAY=50 ABORT=1 OUT=/tmp/sp bench/safepoint-reach.sh ...
#
# The harness comes from target/test-classes: needs `mvn -B -q test-compile` first. Under load a
# thread that is runnable but has no core cannot reach a safepoint either: a wait with the thread
# "_thread_in_Java" in the crash report is the scheduler's, one "_thread_in_vm" is the code's.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
folder=$1
runs=${2:-2}
times=${3:-3}
builds=${BUILDS:-now=target/classes}
delay=${DELAY:-50}
out=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/safepoint-reach.XXXXXX")}
mkdir -p "$out"
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
opts=$(sed -n 's/^--java-options \(-XX:[^ ]*\)$/\1/p' packaging/jpackage-app.cfg)
abort=()
for run in $(seq "$runs"); do
  for b in $builds; do
    label=${b%%=*}; classes=${b#*=}
    log="$out/$label-$run.log"
    [[ ${ABORT:-0} == 1 ]] && abort=(-XX:+AbortVMOnSafepointTimeout -XX:-CreateCoredumpOnCrash -XX:ErrorFile="$out/hs_err-$label-$run.log")
    echo "$label, run $run (load $(cut -d' ' -f1-3 /proc/loadavg))"
    timeout 600 java $opts -XX:+UnlockDiagnosticVMOptions -XX:+SafepointTimeout -XX:SafepointTimeoutDelay="$delay" \
      "${abort[@]}" -Xlog:safepoint=info:file="$log":uptime \
      -cp "$classes:target/test-classes:$(cat "$deps")" org.scholarfolio.store.LoadWhileAllocating "$folder" "$times" \
      2>/dev/null | grep -E '^(load|the allocating)' | sed 's/^/  /' || echo "  ended early (see $out)"
    printf '  longest times to reach a safepoint: %s ms\n' "$(grep -o 'Reaching safepoint: [0-9]* ns' "$log" \
      | awk '{printf "%.0f\n", $3 / 1e6}' | sort -n | tail -3 | tr '\n' ' ')"
    printf '  threads named in waits over %s ms: %s\n' "$delay" "$(grep -o '# "[^"]*"' "$log" | sed 's/^# //' | sort | uniq -c \
      | awk '{c=$1; $1=""; printf "%s%s ×%d", sep, $0, c; sep=","}')"
  done
done
