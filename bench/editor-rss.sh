#!/usr/bin/env bash
# Issue 18's editor memory goal: the whole editor (java -jar, or the app image's launcher with
# EDITOR_CMD) opens a generated portfolio of N publications (N/2 news items) and is left alone;
# its resident set is sampled every half second for SECONDS seconds. Prints the peak (VmHWM) and
# the resident set at the end, with the load average. The window is closed by killing the process
# it started.
#
#   bench/editor-rss.sh [N] [SECONDS]             default: 10000 publications, 40 s
#   EDITOR_CMD="target/bundle/Scholarfolio/bin/Scholarfolio" bench/editor-rss.sh
#   JAVA_OPTIONS="-XX:+UseSerialGC" bench/editor-rss.sh     (JVM options for java -jar)
#
# Needs target/scholarfolio.jar; without a display it runs itself under xvfb-run.
set -euo pipefail
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
n=${1:-10000}
seconds=${2:-40}
jar=target/scholarfolio.jar
work=$(mktemp -d "${TMPDIR:-/tmp}/editor-rss.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar "$jar" generate --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null
mkdir -p "$work/home"
read -r -a editor_cmd <<<"${EDITOR_CMD:-java ${JAVA_OPTIONS:-} -jar $jar}"
echo "$n publications, $(du -h "$work/portfolio/portfolio.json" | cut -f1) of portfolio.json;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share \
  JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$work/home/prefs" \
  "${editor_cmd[@]}" open "$work/portfolio" >"$work/out" 2>&1 &
pid=$!
last=0
for _ in $(seq $((seconds * 2))); do
  sleep 0.5
  [[ -r /proc/$pid/status ]] || break
  last=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
echo "editor with it open: peak RSS $((peak / 1024)) MB, RSS after ${seconds} s $((last / 1024)) MB;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg)"
