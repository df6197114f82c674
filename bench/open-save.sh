#!/usr/bin/env bash
# Issue 18's open/save goals: a generated portfolio of N publications (N/2 news items) saved and
# loaded ROUNDS times in one JVM (the editor's open and save: LargePortfolioBenchmark), the folder
# opened once in a fresh JVM (an editor started on it: its first load, nothing warmed before), then
# `format` on it as a whole process (wall, cpu, peak RSS). Builds of the project can be compared
# side by side, alternating in every run so that a change in the machine's load hits each alike.
#
#   bench/open-save.sh [RUNS] [N] [ROUNDS]          default: 3 runs, 10000 publications, 6 rounds
#   BUILDS="before=/tmp/old/classes now=target/classes" bench/open-save.sh
#   SKIP_FORMAT=1 ...                                 only the in-process figures
#   JVM_OPTIONS_serial="-XX:+UseSerialGC -XX:InitialHeapSize=32m" \
#     BUILDS="g1=target/classes serial=target/classes" bench/open-save.sh
#                                                     a build's own JVM options for the in-process
#                                                     run, named by its label (default: the editor's,
#                                                     below; sessions 9-11 used -Xmx1g)
#   JVM_OPTIONS_t15="$(sed -n 's/^--java-options \(-XX:[^ ]*\)$/\1/p' packaging/jpackage-app.cfg \
#     | grep -v MaxTenuringThreshold | tr '\n' ' ')" BUILDS="t0=target/classes t15=target/classes" ...
#                                                     the editor's options with and without its
#                                                     tenuring threshold of 0 (session 20 on): in the
#                                                     rounds below the model each load replaces dies
#                                                     young without it, and is promoted with it
#   WARM_UP=1 ...                                     a build with the editor's warm-up of its reader
#                                                     (store/ReaderWarmUp) also opens the folder in a
#                                                     fresh JVM after that warm-up and a second's wait:
#                                                     the first open a person asks for once the window
#                                                     is up (the line "after the warm-up")
#   CDS=1 ...                                         each build's classes archived (AppCDS) from a
#                                                     training run on a small portfolio first, as the
#                                                     app image's launcher maps its archive: the first
#                                                     load then loads no classes from the class path
#
# "Open" and "save" in issue 18's goals are these in-process figures: the file read and the model
# built (or the model written, checked against the disk and moved into place) in the editor's JVM.
# So by default the JVM runs with the -XX options the app image's launcher gives the editor
# (packaging/jpackage-app.cfg: the quick compiler only, G1 giving memory back), not Java's defaults
# (C2 compiling beside the load doubles its processor time on two cores). The first load is the
# one a fresh editor makes; the median of the later rounds is a warm editor's. Besides times, each
# run prints what the load does not change: the loading thread's allocation per load and the
# collections during each load.
#
# Each build is a classes folder (test classes come from $TEST_CLASSES, by default
# target/test-classes; copy both folders aside to keep building while it runs). Needs
# `mvn -B -q test-compile` first. The load average is printed before every run.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-3}
n=${2:-10000}
rounds=${3:-6}
builds=${BUILDS:-now=target/classes}
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/open-save.XXXXXX")
trap 'rm -rf "$work"' EXIT
first_build=${builds%% *}
editor_options=$(sed -n 's/^--java-options \(-XX:[^ ]*\)$/\1/p' packaging/jpackage-app.cfg | tr '\n' ' ')
echo "JVM options unless JVM_OPTIONS_<label> is set: $editor_options"
java -cp "${first_build#*=}:$(cat "$deps")" org.scholarfolio.app.Launcher generate \
  --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null
echo "$n publications, $(du -h "$work/portfolio/portfolio.json" | cut -f1) of portfolio.json"

if [[ ${CDS:-0} == 1 ]]; then
  # A dynamic archive takes class-path jars only, so each build's folders are packed first.
  for build in $builds; do
    label=${build%%=*}
    jar cf "$work/$label.jar" -C "${build#*=}" .
    jar cf "$work/$label-tests.jar" -C "${TEST_CLASSES:-target/test-classes}" .
    options_of_build=JVM_OPTIONS_$label
    read -r -a options <<<"${!options_of_build:-$editor_options}"
    java "${options[@]}" -XX:ArchiveClassesAtExit="$work/$label.jsa" \
      -cp "$work/$label.jar:$work/$label-tests.jar:$(cat "$deps")" \
      org.scholarfolio.site.bench.LargePortfolioBenchmark 200 2 >/dev/null 2>&1
    echo "CDS: $label's classes archived from an open of 200 publications ($(du -h "$work/$label.jsa" | cut -f1))"
  done
fi

for run in $(seq "$runs"); do
  echo "run $run, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  for build in $builds; do
    label=${build%%=*}
    cp="${build#*=}:${TEST_CLASSES:-target/test-classes}:$(cat "$deps")"
    printf '  %-8s in one JVM: ' "$label"
    options_of_build=JVM_OPTIONS_$label
    read -r -a options <<<"${!options_of_build:-$editor_options}"
    if [[ ${CDS:-0} == 1 ]]; then
      cp="$work/$label.jar:$work/$label-tests.jar:$(cat "$deps")"
      options+=("-XX:SharedArchiveFile=$work/$label.jsa")
    fi
    java "${options[@]}" -cp "$cp" org.scholarfolio.site.bench.LargePortfolioBenchmark "$n" "$rounds" | tail -3
    # The editor's own first open: the generated folder read once in a JVM that has done nothing else.
    printf '  %-8s ' "$label"
    java "${options[@]}" -cp "$cp" org.scholarfolio.site.bench.LargePortfolioBenchmark open "$work/portfolio"
    if [[ ${WARM_UP:-0} == 1 && -f ${build#*=}/org/scholarfolio/store/ReaderWarmUp.class ]]; then
      printf '  %-8s after the warm-up: ' "$label"
      java "${options[@]}" -cp "$cp" org.scholarfolio.site.bench.LargePortfolioBenchmark open "$work/portfolio" warm \
        | paste -sd' ' -
    fi
    [[ ${SKIP_FORMAT:-0} == 1 ]] && continue
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
      java -cp "$cp" org.scholarfolio.app.Launcher format "$work/portfolio" >/dev/null
    read -r wall user sys rss <"$work/time"
    printf '  %-8s format, whole process: wall %s s, cpu %.2f s, peak RSS %d MB\n' "$label" "$wall" \
      "$(echo "$user + $sys" | bc)" $((rss / 1024))
  done
done
