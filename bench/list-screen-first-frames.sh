#!/usr/bin/env bash
# The Publications screen first shown with N publications open (ListScreenFirstFramesBenchmark), the
# form a frame after the table (as the app's window does) and at once (as before), alternating, each
# in a fresh JVM: the JavaFX thread's processor time in the turn that shows it and in each pulse
# until the form is laid out. The window runs on $DISPLAY (an Xvfb of your own), headless without one.
#
#   bench/list-screen-first-frames.sh [ROUNDS [N]]      default 4 100000
# Needs `mvn -B -q test-compile` first.
set -euo pipefail
cd "$(dirname "$0")/.."
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
cp="${CLASSES:-target/classes}:${TEST_CLASSES:-target/test-classes}:$(cat "$deps")"
opts=()
if [[ ${LAUNCHER_OPTS:-0} == 1 ]]; then
  opts+=($(sed -n 's/^--java-options \(-XX:[^ ]*\)$/\1/p' packaging/jpackage-app.cfg))
fi
for round in $(seq "${1:-4}"); do
  for form in later at-once; do
    printf 'round %d, load %s: ' "$round" "$(cut -d' ' -f1-3 /proc/loadavg)"
    timeout 600 java "${opts[@]}" -cp "$cp" org.scholarfolio.app.ListScreenFirstFramesBenchmark "${2:-100000}" "$form" 2>/dev/null
  done
done
