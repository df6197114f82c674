#!/usr/bin/env bash
# A large page appended a step a frame in the preview's WebView (PageStepsBenchmark): N publications made
# by `scholarfolio generate` and exported by each build's jar (its publications page and style sheet), then,
# alternating between the builds, each in a fresh JVM, the JavaFX thread's processor time in each step's
# frame. The window runs on $DISPLAY (an Xvfb of your own).
#
#   bench/preview-steps.sh [ROUNDS [N]]        default 3 100 (100 entries: the preview's publications page)
#   BUILDS="before=/tmp/base now=."            the builds' folders (each with target/scholarfolio.jar and
#                                              target/classes); default: this one alone
# Needs `mvn -B -q -DskipTests package` and `mvn -B -q test-compile` first.
set -euo pipefail
cd "$(dirname "$0")/.."
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
builds=${BUILDS:-now=.}
work=$(mktemp -d "${TMPDIR:-/tmp}/preview-steps.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar target/scholarfolio.jar generate --publications "${2:-100}" --news 10 --out "$work/portfolio" >/dev/null
for build in $builds; do
  name=${build%%=*}
  dir=${build#*=}
  java -jar "$dir/target/scholarfolio.jar" export "$work/portfolio" --out "$work/site-$name" >/dev/null
done
for round in $(seq "${1:-3}"); do
  for build in $builds; do
    name=${build%%=*}
    dir=${build#*=}
    printf '%s, round %d, load %s: ' "$name" "$round" "$(cut -d' ' -f1-3 /proc/loadavg)"
    timeout 300 java -cp "$dir/target/classes:target/test-classes:$(cat "$deps")" \
      org.scholarfolio.ui.preview.PageStepsBenchmark "$work/site-$name/publications/index.html" 2>/dev/null
  done
done
