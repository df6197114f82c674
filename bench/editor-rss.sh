#!/usr/bin/env bash
# Issue 18's editor memory goal: the whole editor (java -jar, or the app image's launcher) opens a
# generated portfolio of N publications (N/2 news items) and is left alone; its resident set is
# sampled every half second for SECONDS seconds. Prints the peak (VmHWM) and the resident set at
# the end, with the load average. The window is closed by killing the process it started.
# Builds are compared side by side: each round runs every build once, in turn, on the same
# portfolio, so that a change in the machine's load hits each alike.
#
#   bench/editor-rss.sh [N] [SECONDS] [ROUNDS]     default: 10000 publications, 40 s, 1 round
#   BUILDS="before=/tmp/old/target/scholarfolio.jar now=target/scholarfolio.jar" bench/editor-rss.sh
#   EDITOR_CMD="target/bundle/Scholarfolio/bin/Scholarfolio" bench/editor-rss.sh
#                                                  one command instead of the builds
#   EDITOR_CMD_image="target/bundle/Scholarfolio/bin/Scholarfolio" \
#     BUILDS="jar=target/scholarfolio.jar image=-" bench/editor-rss.sh
#                                                  a build's own command, named by its label
#   JAVA_OPTIONS="-XX:+UseSerialGC" bench/editor-rss.sh      JVM options for every java -jar
#   JAVA_OPTIONS_now="-XX:+UseSerialGC" ...        a build's own JVM options
#   JDK_JAVA_OPTIONS_now="-XX:+UseTransparentHugePages" ...
#                                                  a build's options for both of java -jar's JVMs, through
#                                                  the environment: options on the command line (JAVA_OPTIONS)
#                                                  keep the editor in the first JVM, with Java's defaults
#
# java -jar's editor runs in a second JVM (cli.EditorRelaunch) while the first waits: the figures are
# then of both together: the sum of their resident sets, sampled (its largest sample is the peak, and
# the sum of each one's own peak, VmHWM, is printed beside it), and the first process's own share. On
# Linux that process is a JVM for the editor's first 10 s only, then a small waiter in its place (cli.WaiterInPlace).
# Each build has a user cache folder of its own (its class archive), kept across the rounds; a
# first, untimed start of each jar on the sample, closed at its first content, writes it (WARMUP=0: not).
#
# Each build is a jar with its lib/ folder beside it (target/ of a `mvn package`); the jar is
# copied aside first, so the project can be rebuilt while this runs. Without a display it runs
# itself under xvfb-run.
set -euo pipefail
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
n=${1:-10000}
seconds=${2:-40}
rounds=${3:-1}
if [[ -n ${EDITOR_CMD:-} ]]; then
  builds="editor=-"
  EDITOR_CMD_editor=$EDITOR_CMD
else
  builds=${BUILDS:-now=target/scholarfolio.jar}
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/editor-rss.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The jars, copied aside (their lib/ folders linked, not copied: 200 MB that a rebuild leaves alone).
generator=""
for build in $builds; do
  label=${build%%=*}
  jar=${build#*=}
  [[ $jar == - ]] && continue
  mkdir -p "$work/builds/$label"
  cp "$jar" "$work/builds/$label/scholarfolio.jar"
  ln -s "$(cd "$(dirname "$jar")" && pwd)/lib" "$work/builds/$label/lib"
  generator=${generator:-$work/builds/$label/scholarfolio.jar}
done
java -jar "${generator:-target/scholarfolio.jar}" generate --publications "$n" --news $((n / 2)) \
  --out "$work/portfolio" >/dev/null
echo "$n publications, $(du -h "$work/portfolio/portfolio.json" | cut -f1) of portfolio.json;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"

# One editor: opens the portfolio with a fresh home folder, sampled until SECONDS have passed.
measure() {
  local label=$1
  local command_of_build=EDITOR_CMD_$label options_of_build=JAVA_OPTIONS_$label env_options_of_build=JDK_JAVA_OPTIONS_$label
  local -a editor_cmd
  if [[ -n ${!command_of_build:-} ]]; then
    read -r -a editor_cmd <<<"${!command_of_build}"
  else
    read -r -a editor_cmd <<<"java ${!options_of_build:-${JAVA_OPTIONS:-}} -jar $work/builds/$label/scholarfolio.jar"
  fi
  local home=$work/home-$label
  rm -rf "$home"
  mkdir -p "$home"
  local load_before
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$work/cache-$label \
    JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$home/prefs" JDK_JAVA_OPTIONS="${!env_options_of_build:-${JDK_JAVA_OPTIONS:-}}" \
    "${editor_cmd[@]}" open "$work/portfolio" >"$work/out-$label" 2>&1 &
  local pid=$! last=0 peak=0 hwm=0 first=0 sum sum_hwm p rss hwm_p breakdown="" pss huge
  for _ in $(seq $((seconds * 2))); do
    sleep 0.5
    [[ -r /proc/$pid/status ]] || break
    sum=0 sum_hwm=0
    for p in $pid $(pgrep -P "$pid" || true); do
      # A process that is ending (or a zombie) has a status without these lines: it counts as 0.
      rss=$(awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
      hwm_p=$(awk '/VmHWM/ {print $2}' "/proc/$p/status" 2>/dev/null || true)
      sum=$((sum + ${rss:-0}))
      sum_hwm=$((sum_hwm + ${hwm_p:-0}))
    done
    first=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    first=${first:-0}
    last=$sum hwm=$sum_hwm
    ((sum > peak)) && peak=$sum
  done
  # Where the resident set sits at the end, by mapping (summed over both JVMs): anonymous memory
  # (the Java heap, malloc, the JVM's own), WebKit's library, Mesa's GL libraries (about 50 MB under
  # Xvfb; since session 21 the launchers keep them out where there is no graphics device: ADR
  # editor-draws-in-software-without-a-graphics-device), the class archives (.jsa; the app image's
  # ahead-of-time cache, .aot, since session 31: it was counted among "other files" before).
  breakdown=$(for p in $pid $(pgrep -P "$pid" || true); do cat "/proc/$p/smaps" 2>/dev/null; done | awk '
    /^[0-9a-f]+-[0-9a-f]+ / { name = NF >= 6 ? $6 : "" }
    /^Rss:/ { kind = name == "" || name ~ /^\[/ ? "anonymous" : name ~ /webkit/ ? "WebKit" \
                : name ~ /LLVM|_dri|libGL|mesa|swrast/ ? "Mesa" : name ~ /\.(jsa|aot)$/ ? "class archives" : "other files"
              kb[kind] += $2 }
    END { printf "anonymous %d, WebKit %d, Mesa %d, class archives %d, other files %d MB",
            kb["anonymous"] / 1024, kb["WebKit"] / 1024, kb["Mesa"] / 1024, kb["class archives"] / 1024, kb["other files"] / 1024 }')
  # The sum of the resident sets counts twice the pages both JVMs map from the same files (libjvm,
  # the JDK's class archive); the proportional set (Pss) splits each shared page between them.
  pss=$(for p in $pid $(pgrep -P "$pid" || true); do awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null; done \
    | awk '{kb += $1} END {print int(kb / 1024)}')
  # Of the anonymous memory, how much sits in transparent huge pages (2 MB each).
  huge=$(for p in $pid $(pgrep -P "$pid" || true); do awk '/^AnonHugePages:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null; done \
    | awk '{kb += $1} END {print int(kb / 1024)}')
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  printf '  %-8s peak RSS %5d MB (sum of peaks %d MB), RSS after %s s %5d MB (first process %d MB); load average %s -> %s\n' \
    "$label" $((peak / 1024)) $((hwm / 1024)) "$seconds" $((last / 1024)) $((first / 1024)) "$load_before" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '           resident at the end: %s (in huge pages %s MB); proportional (Pss) %s MB\n' "$breakdown" "$huge" "$pss"
}

if [[ ${WARMUP:-1} == 1 ]]; then
  for build in $builds; do
    label=${build%%=*}
    [[ -f $work/builds/$label/scholarfolio.jar ]] || continue
    mkdir -p "$work/warmup-$label" && cp -r sample-data/alan-turing "$work/warmup-$label/sample"
    HOME=$work/warmup-$label XDG_CONFIG_HOME=$work/warmup-$label/.config XDG_DATA_HOME=$work/warmup-$label/.local/share \
      XDG_CACHE_HOME=$work/cache-$label \
      JAVA_TOOL_OPTIONS="-Dscholarfolio.firstContent=exit -Djava.util.prefs.userRoot=$work/warmup-$label/prefs" \
      timeout 300 java ${JAVA_OPTIONS:-} -jar "$work/builds/$label/scholarfolio.jar" open "$work/warmup-$label/sample" \
      >/dev/null 2>&1 || true
  done
fi
for round in $(seq "$rounds"); do
  echo "round $round"
  for build in $builds; do
    measure "${build%%=*}"
  done
done
