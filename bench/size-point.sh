#!/usr/bin/env bash
# Issue 14's size point: 100,000 publications (made by `scholarfolio generate`), a paper with 5,000
# authors, a 10 MB bio and a 200 MB PDF (a sparse file), each from the command line (`validate`,
# `export`: wall, processor time, peak RSS) and in the editor's window with its live preview
# (SizePointBenchmark: open, 10 keys typed into one field (-Dkeys=N), save, the saved file reopened
# (-Dreopen=off: not), the file changed by another program and reloaded (-Dreload=off: not), the window
# left alone for a minute (-Didle=SECONDS, 0: not; the longest wait of a task posted to the JavaFX
# thread every 20 ms, the collections, the periodic interval at the end), export; the time of each and the
# longest gap between two frames of the JavaFX thread; the peak RSS). The editor runs under Xvfb
# when xvfb-run is installed, headless otherwise. The load average is printed before every step.
#
#   bench/size-point.sh [CASES...]      default: publications-100000 authors-5000 bio-10mb pdf-200mb
#   bench/size-point.sh floor publications-100000
#                                       "floor": the window's first second with one WebView and a short
#                                       page in the editor's place, started as the editor is (its long
#                                       frames are the toolkit's and WebKit's, which any window pays),
#                                       to set beside the editor's "window shown, before the open"
#   SKIP_EDITOR=1 / SKIP_CLI=1          one side only
#   SKIP_CHECKS=1                       without the bio's preview and the problems check in one JVM
#                                       (minutes; they do not depend on the editor's classes)
#   HEAP=-Xmx2g                         the JVMs' heap (default: Java's own choice)
#   INTO=model                          keys set as whole new values in the portfolio, as an Undo
#                                       does (default: typed into the form's field, as a person types)
#   CLASSES=DIR                         the editor's classes (default target/classes): a copy of
#                                       another build's, to compare before and after side by side
#   TEST_CLASSES=DIR                    the benchmark's own classes (default target/test-classes)
#   EDITOR_OPTS="-Dstall.gaps=35 ..."   more options for the editor's JVM (-Dstall.gaps=MS: the stacks
#                                       sampled in each frame gap in which the JavaFX thread ran MS ms or
#                                       more; -Dstall.stacks=N: a step's stacks together; -Xlog:gc, a flight
#                                       recording; -Dpreview=off runs the window without its preview)
#   EDITOR_DISPLAY=:NN                  the editor on an X display already running (an Xvfb of your
#                                       own) instead of one xvfb-run starts
#   INPUTS=DIR                          the inputs made once into DIR and kept there (the editor edits
#                                       and saves them: run pairs of builds on equal inputs)
#   LAUNCHER_OPTS=1                     the editor's JVM with the app image launcher's -XX options
#                                       (packaging/jpackage-app.cfg), as a user's editor runs, and
#                                       for a portfolio of 64 MiB or more the collector the launchers
#                                       choose for it (packaging/linux/launcher.sh); LARGE_COLLECTOR=0:
#                                       not that collector (G1 at every size, as before session 22)
#
# The editor's lines give, per step, every frame gap over 50 ms (at the JVM's uptime, to match a
# -Xlog:gc log, and "fx N": the JavaFX thread's processor time in it) and each thread's processor time
# and time spent waiting for a core. The open's frames are watched 1.5 s past its render, while WebKit
# loads the page (-Dopen.settle=MS in EDITOR_OPTS to change it).
#
# Needs `mvn -B -q -DskipTests package` (the jar) and `mvn -B -q test-compile` first.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
cases=${*:-publications-100000 authors-5000 bio-10mb pdf-200mb}
deps=target/bench-classpath.txt
if [[ ! -s $deps ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$deps" -Dmdep.includeScope=test >/dev/null
fi
cp="${CLASSES:-target/classes}:${TEST_CLASSES:-target/test-classes}:$(cat "$deps")"
heap=${HEAP:-}
if [[ -n ${INPUTS:-} ]]; then
  work=$INPUTS
  mkdir -p "$work"
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/size-point.XXXXXX")
  trap 'rm -rf "$work"' EXIT
fi
load() { cut -d' ' -f1-3 /proc/loadavg; }
timed() { # label, command...: prints wall, cpu, peak RSS of one process
  local label=$1; shift
  /usr/bin/time -f '%e %U %S %M %x' -o "$work/time" "$@" >"$work/out" 2>&1 || true
  read -r wall user sys rss status < <(tail -1 "$work/time")
  printf '  %-44s wall %7.2f s, cpu %7.2f s, peak RSS %5d MB, exit %s (load %s)\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$status" "$(load)"
  [[ $status == 0 ]] || tail -5 "$work/out" | sed 's/^/      /'
}

portfolios=${cases//floor/}
if [[ -n ${portfolios// /} ]] && [[ -z ${INPUTS:-} || ! -s $work/authors-5000/portfolio.json ]]; then
  echo "making the inputs in $work (load $(load))"
  java $heap -cp "$cp" org.scholarfolio.app.SizePointBenchmark make "$work" >/dev/null
  rm -rf "$work/publications-100000"
fi
if [[ " $cases " == *" publications-100000 "* && ! -s $work/publications-100000/portfolio.json ]]; then
  timed "generate --publications 100000" java $heap -jar target/scholarfolio.jar generate \
    --publications 100000 --news 1000 --out "$work/publications-100000"
fi
for c in $portfolios; do
  echo "$c: portfolio.json $(du -h --apparent-size "$work/$c/portfolio.json" | cut -f1)"
done

if [[ ${SKIP_CLI:-0} != 1 ]]; then
  echo "command line (java -jar target/scholarfolio.jar)"
  for c in $portfolios; do
    timed "$c validate" java $heap -jar target/scholarfolio.jar validate "$work/$c"
    timed "$c export" java $heap -jar target/scholarfolio.jar export "$work/$c" --out "$work/site-$c"
    if [[ $c == pdf-200mb ]]; then
      printf '  the PDF in the site: %s\n' "$(find "$work/site-$c" -name 'big.pdf' -printf '%s bytes at %P')"
    fi
    rm -rf "$work/site-$c"
  done
fi

if [[ ${SKIP_CHECKS:-0} != 1 ]]; then
  echo "the preview of a 10 MB bio after one key: whole against in part, alternating"
  java $heap -cp "$cp" org.scholarfolio.app.SizePointBenchmark preview 3 | sed 's/^/  /'
  echo "problems check after one key (load $(load))"
  for n in 10000 100000; do
    java $heap -cp "$cp" org.scholarfolio.app.SizePointBenchmark problems $n 41 | sed 's/^/  /'
  done
fi

if [[ ${SKIP_EDITOR:-0} != 1 ]]; then
  run=(java)
  command -v xvfb-run >/dev/null && run=(xvfb-run -a -s "-screen 0 1600x1000x24" java)
  [[ -n ${EDITOR_DISPLAY:-} ]] && run=(env DISPLAY="$EDITOR_DISPLAY" java)
  if [[ ${LAUNCHER_OPTS:-0} == 1 ]]; then
    run+=($(sed -n 's/^--java-options \(-XX:[^ ]*\)$/\1/p' packaging/jpackage-app.cfg))
  fi
  for c in $cases; do
    if [[ $c == floor ]]; then
      echo "floor: one WebView in the editor's place (load $(load))"
      "${run[@]}" $heap ${EDITOR_OPTS:-} -cp "$cp" org.scholarfolio.app.SizePointBenchmark floor 2>"$work/editor-err" \
        | sed 's/^/  /' || tail -20 "$work/editor-err"
      continue
    fi
    echo "editor, $c (load $(load))"
    large=()
    # As the launchers start an editor on a large portfolio (cli.LargePortfolioCollector): its collector's options.
    if [[ ${LAUNCHER_OPTS:-0} == 1 && ${LARGE_COLLECTOR:-1} == 1 && -f $work/$c/portfolio.json ]] && (($(stat -c %s "$work/$c/portfolio.json") >= 64 * 1024 * 1024)); then
      large=($(grep -o -e '-XX:+UseShenandoahGC' -e '-XX:+UnlockExperimentalVMOptions' -e '-XX:Shenandoah[A-Za-z]*=[0-9]*' \
        packaging/linux/launcher.sh))
      echo "  the launchers' options for a large portfolio: ${large[*]}"
    fi
    "${run[@]}" "${large[@]}" $heap ${EDITOR_OPTS:-} -Dinto="${INTO:-field}" -cp "$cp" org.scholarfolio.app.SizePointBenchmark editor "$work/$c" "$work/editor-site-$c" \
      2>"$work/editor-err" | sed 's/^/  /' || tail -20 "$work/editor-err"
    rm -rf "$work/editor-site-$c"
  done
fi
