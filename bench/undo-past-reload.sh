#!/usr/bin/env bash
# The undo history's processor time around a reload from disk at N publications (UndoPastReloadBenchmark):
# an edit, the reloaded file taken, Undo past it, Redo; per round. CLASSES=DIR runs another build's
# classes (a copy of its target/classes) with this benchmark, to compare side by side.
#
#   bench/undo-past-reload.sh [N [ROUNDS]]       default 100000 5
# Needs `mvn -B -q test-compile` first.
set -euo pipefail
cd "$(dirname "$0")/.."
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
echo "load $(cut -d' ' -f1-3 /proc/loadavg), classes ${CLASSES:-target/classes}"
java ${HEAP:--Xmx3g} -cp "${CLASSES:-target/classes}:target/test-classes:$(cat "$deps")" \
  org.scholarfolio.ui.bench.UndoPastReloadBenchmark "${1:-100000}" "${2:-5}"
