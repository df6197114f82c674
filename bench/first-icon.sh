#!/usr/bin/env bash
# The window's first icon on the JavaFX thread, with the icon font loaded ahead (IconsAhead, as the
# app's init does) and without, alternately in fresh JVMs with the editor's options (C1 only): the
# JavaFX thread's processor time for it (FirstIconBenchmark), and the load average.
#
#   bench/first-icon.sh [ROUNDS]     default 5; needs `mvn -B -q -DskipTests package` (classes and test classes)
#
# Without a display it runs itself under xvfb-run.
set -euo pipefail
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
cp="target/classes:target/test-classes:$(cat "$deps")"
for round in $(seq "${1:-5}"); do
  for mode in plain ahead; do
    echo "round $round: $(timeout 120 java -XX:TieredStopAtLevel=1 -cp "$cp" org.scholarfolio.app.FirstIconBenchmark "$mode" 2>/dev/null | grep 'first icon'), load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
