#!/usr/bin/env bash
# The open of the portfolio an editor is started on (`scholarfolio open DIR`, issue 18's "open
# 10,000 publications ≤ 300 ms" for a fresh editor): the read runs on a thread of its own while the
# toolkit starts and the window is built (app.EarlyStart). Each run is one fresh editor JVM with the
# app image launcher's -XX options, in one JVM (no relaunch), a fresh home, printing with
# -Dscholarfolio.startupTiming=true the read's wall time and its thread's processor time
# ("start-up open: ..."), the window shown, and the first content (form and preview page) painted.
# Builds are compared side by side, alternating in every round. Needs an X display (an Xvfb of your own).
#
#   DISPLAY=:NN bench/startup-open.sh [ROUNDS] [N]          default: 5 rounds, 10000 publications
#   BUILDS="before=/tmp/old/classes now=target/classes" ...  classes folders (a build without the
#                                                            timing line prints only the window's figures)
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
rounds=${1:-5}
n=${2:-10000}
builds=${BUILDS:-now=target/classes}
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/startup-open.XXXXXX")
trap 'rm -rf "$work"' EXIT
first_build=${builds%% *}
java -cp "${first_build#*=}:$(cat "$deps")" org.scholarfolio.app.Launcher generate \
  --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null
echo "$n publications, $(du -h "$work/portfolio/portfolio.json" | cut -f1) of portfolio.json"
options=$(sed -n 's/^--java-options \(-XX:[^ ]*\)$/\1/p' packaging/jpackage-app.cfg | tr '\n' ' ')
echo "JVM options: $options"
for round in $(seq 1 "$rounds"); do
  for build in $builds; do
    label=${build%%=*}
    home=$(mktemp -d "$work/home.XXXXXX")
    load=$(cut -d' ' -f1-3 /proc/loadavg)
    # shellcheck disable=SC2086
    HOME=$home timeout 180 java $options -Dscholarfolio.relaunch=false -Dscholarfolio.startupTiming=true \
      -Dscholarfolio.firstContent=exit -Dscholarfolio.readerWarmUp=false \
      -cp "${build#*=}:$(cat "$deps")" org.scholarfolio.app.Launcher open "$work/portfolio" >"$work/out" 2>&1 || true
    read_line=$(grep -o 'start-up open: read in [0-9]* ms (its thread.s processor time [0-9]* ms), begun [0-9]* ms' "$work/out" \
      | sed 's/start-up open: read in \([0-9]*\) ms (its thread.s processor time \([0-9]*\) ms), begun \([0-9]*\) ms/read \1 ms, cpu \2 ms, begun at \3 ms/' || true)
    shown=$(grep -o 'first window shown after [0-9]* ms' "$work/out" | grep -o '[0-9]*' || true)
    ui=$(grep -o 'UI thread processor time [0-9]* ms' "$work/out" | grep -o '[0-9]*' || true)
    printf '%-8s round %d: %s; window shown at %s ms; JavaFX thread to first content %s ms (load %s)\n' \
      "$label" "$round" "${read_line:-no timing line}" "${shown:-?}" "${ui:-?}" "$load"
    rm -rf "$home"
  done
done
