#!/usr/bin/env bash
# Measures how long the bundled editor takes to show its first window, RUNS times for each way of
# starting it, and prints the median and the fastest run as a Markdown table:
#   launcher                the app image's bin/Scholarfolio, as a user starts it (Linux: with the
#                           application class archive lib/app/scholarfolio.jsa)
#   java, app CDS           the runtime's java with the launcher's options and class path
#   java, runtime CDS only  the same without the application archive (JDK and JavaFX classes only)
#   java, no CDS            the same with class-data sharing off
# Each run opens PORTFOLIO with empty preferences and closes itself half a second after the window
# is shown (-Dscholarfolio.startupTiming=exit). "JVM" is the time the app prints, from the JVM's
# start to the window's first "shown" event; "exec" is from this script starting the process to
# reading that line, so it includes the native launcher; "cpu" is the processor time the process
# had used by then, the steadier number when other work keeps the machine busy. Without a DISPLAY the runs go to an Xvfb
# started here. Files are in the page cache after the first run: these are warm-disk cold starts.
#
# Usage: packaging/measure-startup.sh [RUNS]       (default 10; build first: see packaging/README.md)
# Environment: APP_IMAGE (default target/bundle/Scholarfolio), PORTFOLIO (default sample-data/alan-turing)
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-10}
app_image=${APP_IMAGE:-$project/target/bundle/Scholarfolio}
portfolio=${PORTFOLIO:-$project/sample-data/alan-turing}
app_dir=$(cd "$app_image/lib/app" && pwd -P)
cfg="$app_dir/Scholarfolio.cfg"
java_rt="$app_image/lib/runtime/bin/java"
if [[ ! -f $cfg || ! -x $java_rt ]]; then
  echo "measure-startup: no app image at $app_image; run 'mvn -B -Pbundle -DskipTests package' first" >&2
  exit 1
fi

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
if [[ -z "${DISPLAY:-}" ]]; then
  if ! command -v Xvfb >/dev/null; then
    echo "measure-startup: no DISPLAY and no Xvfb (apt-get install xvfb)" >&2
    exit 1
  fi
  Xvfb -displayfd 3 -screen 0 1600x1000x24 3>"$work/display" >/dev/null 2>&1 &
  xvfb_pid=$!
  for _ in $(seq 50); do [[ -s $work/display ]] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$work/display")"
fi

# What the launcher passes to Java, read from its .cfg, with $APPDIR filled in.
class_path=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app_dir|" | paste -sd: -)
main_class=$(sed -n 's/^app\.mainclass=//p' "$cfg")
java_options=()
while IFS= read -r option; do
  case "$option" in -XX:SharedArchiveFile=*) continue ;; esac
  java_options+=("${option//\$APPDIR/$app_dir}")
done < <(sed -n 's/^java-options=//p' "$cfg")
app_archive="$app_dir/scholarfolio.jsa"

# One start: prints "JVM-ms exec-ms cpu-ms".
start_once() {
  local started line now jvm_ms="" cpu_ms
  rm -rf "$work/prefs"
  started=$(date +%s%N)
  while IFS= read -r line; do
    if [[ $line == "first window shown after "* ]]; then
      now=$(date +%s%N)
      read -r jvm_ms cpu_ms < <(sed -E 's/^first window shown after ([0-9]+) ms \(([0-9]+) ms.*/\1 \2/' <<<"$line")
      echo "$jvm_ms $(((now - started) / 1000000)) $cpu_ms"
    fi
  done < <(JAVA_TOOL_OPTIONS="-Dscholarfolio.startupTiming=exit -Djava.util.prefs.userRoot=$work/prefs" \
    timeout 120 "$@" 2>"$work/stderr")
  if [[ -z $jvm_ms ]]; then
    echo "measure-startup: no window from: $*" >&2
    cat "$work/stderr" >&2
    exit 1
  fi
}

# median and minimum of a column of numbers
stats() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2); print m, v[1] }'
}

measure() {
  local label=$1
  shift
  : >"$work/times"
  for _ in $(seq "$runs"); do start_once "$@" >>"$work/times"; done
  read -r jvm_median jvm_min < <(cut -d' ' -f1 "$work/times" | stats)
  read -r exec_median exec_min < <(cut -d' ' -f2 "$work/times" | stats)
  read -r cpu_median cpu_min < <(cut -d' ' -f3 "$work/times" | stats)
  printf '| %s | %s ms | %s ms | %s ms | %s ms | %s ms | %s ms |\n' "$label" "$jvm_median" "$jvm_min" \
    "$exec_median" "$exec_min" "$cpu_median" "$cpu_min"
}

java_start=("$java_rt" "${java_options[@]}" -cp "$class_path")
echo "$runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), portfolio $(basename "$portfolio")"
echo
echo "| start | JVM median | JVM fastest | exec median | exec fastest | cpu median | cpu least |"
echo "|---|---|---|---|---|---|---|"
measure "launcher" "$app_image/bin/Scholarfolio" open "$portfolio"
if [[ -f $app_archive ]]; then
  measure "java, app CDS" "${java_start[@]}" -XX:SharedArchiveFile="$app_archive" "$main_class" open "$portfolio"
fi
measure "java, runtime CDS only" "${java_start[@]}" "$main_class" open "$portfolio"
measure "java, no CDS" "${java_start[@]}" -Xshare:off "$main_class" open "$portfolio"
