#!/usr/bin/env bash
# Issue 18's table: a generated portfolio of N publications and N/2 news items exported by
# Scholarfolio and built by Hugo from the same content, whole process, alternating runs.
#
#   bench/faster-than-hugo.sh [RUNS] [SIZES...]      default: 3 runs, sizes 1000 10000
#   SKIP_BUILD=1 bench/faster-than-hugo.sh 5 1000    reuse target/ as it is
#   WARM=0 ...                                       skip the in-one-JVM (editor) figures
#   FRESH_FOLDERS=1 ...                              each run into a folder of a new name (nothing deleted
#                                                    during the sitting), not into the last run's, emptied
#
# Needs Java 17, Maven and Hugo (Debian: apt-get install hugo). Builds the jar first unless
# SKIP_BUILD=1. For every size, each run goes round the tools in turn (Hugo, `java -jar`, the app
# image's launchers when target/bundle holds them: the editor's Scholarfolio and the command line's
# scholarfolio), first into an empty folder, then again into the
# full one (nothing changed), so a change in the machine's load hits every tool alike. Printed per
# tool: median and range (min-max) of wall time, processor time (user + system, the fairer figure
# on a shared machine) and peak RSS, each as a ratio to Hugo's median in the same run; then the
# files and bytes written. With FRESH_FOLDERS=1 no output is deleted until the end: on an ext4 file
# system, files made just after many were deleted cost the kernel a scan of the freed inodes each
# (docs/performance.md), which charges every tool's run with the last run's deletion, Hugo's more than
# ours; a person's export into a new folder, or over the last one, meets neither. Then, in one JVM (the editor's case): first export, unchanged re-export
# and re-export after one edited publication, medians of the warm rounds.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-3}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)
for tool in java hugo; do
  command -v "$tool" >/dev/null || { echo "faster-than-hugo: $tool is missing" >&2; exit 1; }
done
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mvn -B -q -DskipTests package
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/faster-than-hugo.XXXXXX")
trap 'rm -rf "$work"' EXIT
class_path="target/test-classes:target/scholarfolio.jar:target/lib/*"
launcher=target/bundle/Scholarfolio/bin/Scholarfolio
cli_launcher=target/bundle/Scholarfolio/bin/scholarfolio   # the command line's own (small heap, serial GC)

# timed NAME COMMAND...: appends "wall-ms cpu-ms peak-rss-kb" of one run to $work/NAME.times
timed() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    cat "$work/stderr" >&2
    exit 1
  }
  awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 }' "$work/time" >>"$work/$name.times"
}

# stat NAME COLUMN: "median min max" of one column of NAME.times
stat() {
  cut -d' ' -f"$2" "$work/$1.times" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'
}

# cell NAME COLUMN UNIT HUGO-NAME: "median (min–max), ratio × Hugo"
cell() {
  local med lo hi ref
  read -r med lo hi < <(stat "$1" "$2")
  read -r ref _ _ < <(stat "$4" "$2")
  if [[ $3 == MB ]]; then
    awk -v m="$med" -v l="$lo" -v h="$hi" -v r="$ref" -v self="$1" -v hugo="$4" 'BEGIN {
      printf "%d MB (%d–%d)", m / 1024, l / 1024, h / 1024
      if (self != hugo) printf ", %.2f ×", m / r }'
  else
    awk -v m="$med" -v l="$lo" -v h="$hi" -v r="$ref" -v self="$1" -v hugo="$4" 'BEGIN {
      printf "%.2f s (%.2f–%.2f)", m / 1000, l / 1000, h / 1000
      if (self != hugo) printf ", %.2f ×", m / r }'
  fi
}

row() {
  local label=$1 name=$2 hugo=$3
  printf '| %s | %s | %s | %s |\n' "$label" "$(cell "$name" 1 s "$hugo")" "$(cell "$name" 2 s "$hugo")" \
    "$(cell "$name" 3 MB "$hugo")"
}

echo
echo "$runs runs each, $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(hugo version | cut -d' ' -f2), $(java -version 2>&1 | head -1)"
for n in "${sizes[@]}"; do
  dir="$work/n$n"
  java -cp "$class_path" org.scholarfolio.site.bench.ExportBenchmark generate "$dir" "$n" $((n / 2)) >/dev/null
  tools=(hugo jar)
  [[ -x $launcher ]] && tools+=(launcher)
  [[ -x $cli_launcher ]] && tools+=(cli)
  for i in $(seq "$runs"); do
    for tool in "${tools[@]}"; do
      out="$dir/out-$tool"
      if [[ ${FRESH_FOLDERS:-0} == 1 ]]; then
        out="$dir/out-$tool-$i"
      else
        rm -rf "$out"
      fi
      case $tool in
        hugo) cmd=(hugo --quiet --source "$dir/hugo" --destination "$out") ;;
        jar) cmd=(java -jar target/scholarfolio.jar export "$dir/portfolio" --out "$out") ;;
        launcher) cmd=("$launcher" export "$dir/portfolio" --out "$out") ;;
        cli) cmd=("$cli_launcher" export "$dir/portfolio" --out "$out") ;;
      esac
      timed "$n-$tool-first" "${cmd[@]}"
      timed "$n-$tool-again" "${cmd[@]}"
      if [[ $i == 1 ]]; then
        echo "$(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MB" >"$work/$n-$tool.files"
      fi
    done
  done
  echo
  echo "N = $n publications, $((n / 2)) news items; load average now $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| | wall | cpu | peak RSS |"
  echo "|---|---|---|---|"
  for tool in "${tools[@]}"; do
    case $tool in
      hugo) label="Hugo build" ;;
      jar) label='`java -jar` export' ;;
      launcher) label="app image launcher export" ;;
      cli) label='command-line launcher `scholarfolio` export' ;;
    esac
    row "$label, into an empty folder" "$n-$tool-first" "$n-hugo-first"
  done
  for tool in "${tools[@]}"; do
    case $tool in
      hugo) label="Hugo build again" ;;
      jar) label='`java -jar` export, nothing changed' ;;
      launcher) label="launcher export, nothing changed" ;;
      cli) label='`scholarfolio` export, nothing changed' ;;
    esac
    row "$label" "$n-$tool-again" "$n-hugo-first"
  done
  echo
  for tool in "${tools[@]}"; do
    echo "- files written by $tool: $(cat "$work/$n-$tool.files")"
  done
  if [[ ${WARM:-1} == 1 ]]; then
    echo
    echo "In one JVM (the editor's export), $((runs + 1)) rounds, wall / processor time:"
    java -cp "$class_path" org.scholarfolio.site.bench.ExportBenchmark warm "$dir/portfolio" "$dir" $((runs + 1))
  fi
  rm -rf "$dir"
done
