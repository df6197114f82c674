#!/usr/bin/env bash
# Issue 13's keystroke-to-pixels figure: the whole editor (headless, Monocle) opens a portfolio with
# a 20 KB bio and keys are typed into the bio at a person's pace; each key is timed from its press
# to the frame that draws it in the preview (KeystrokeToPixelsBenchmark); a second line gives the
# keys that change the page alone (a space at the paragraph's end shows only with the next letter,
# a word's pause later; a third line times such a space from the next letter's press; a fourth ends each
# key when JavaFX's rendering thread has painted the frame whose WebView update drew it, rather than at
# an animation-frame callback, which WebKit runs one or two pulses late). Builds can be compared
# side by side, alternating in every run so that a change in the machine's load hits each alike.
#
#   bench/keystroke-to-pixels.sh [RUNS] [KEYS]          default: 3 runs, 200 keys
#   BUILDS="before=/tmp/old/classes now=target/classes" bench/keystroke-to-pixels.sh
#   JAVA_OPTS="-Dbench.warmup=200" bench/keystroke-to-pixels.sh   # more keys before the measured ones
#   JAVA_OPTS_shen="-XX:+UseShenandoahGC" BUILDS="g1=target/classes shen=target/classes" ...
#                                                       a build's own JVM options, named by its label
#   JAVA_OPTS="-Xmx3g -Dbench.publications=100000"   the bio typed into beside 100,000 generated publications
#   (JAVA_OPTS also takes -Dbench.window=screen, -Dbench.verbose=true or a flight recording;
#   -Dbench.verbose=true -Dbench.dirtynodes=true -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0
#   logs each press, pulse and paint, the nodes each pulse changed and the region Prism repainted)
#
# Each build is a classes folder (test classes come from target/test-classes). Needs
# `mvn -B -q test-compile` first. The load average is printed with every figure.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-3}
keys=${2:-200}
builds=${BUILDS:-now=target/classes}
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
for run in $(seq "$runs"); do
  for build in $builds; do
    home=$(mktemp -d "${TMPDIR:-/tmp}/keys-home.XXXXXX")
    label=${build%%=*}
    own_options=JAVA_OPTS_$label
    printf 'run %s %-8s ' "$run" "$label"
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
      java -Xmx1g -Djava.util.prefs.userRoot="$home/prefs" ${JAVA_OPTS:-} ${!own_options:-} \
      -cp "${build#*=}:target/test-classes:$(cat "$deps")" \
      org.scholarfolio.app.KeystrokeToPixelsBenchmark "$keys" 2>"$home/stderr" | tail -5 || tail -20 "$home/stderr"
    rm -rf "$home"
  done
done
