#!/usr/bin/env bash
# Exports a generated portfolio of 1,000 publications and 500 news items with Scholarfolio and
# builds the same content with Hugo, and prints the times as a Markdown table (see BENCHMARKS.md).
#
#   bench/export-vs-hugo.sh [RUNS]        (default 5 runs of each)
#
# Needs Java 17, Maven and Hugo (Debian: apt-get install hugo). Builds the project first unless
# SKIP_BUILD=1. Times are the median of RUNS; "wall" is the clock, "cpu" user + system time of the
# process, which is the fairer number on a machine that other work keeps busy. Each first export
# and each Hugo build goes into an empty folder; each re-export / rebuild into the full one.
# With the app image built (mvn -Pbundle), its launcher is timed as well.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-5}
for tool in java hugo; do
  command -v "$tool" >/dev/null || { echo "export-vs-hugo: $tool is missing" >&2; exit 1; }
done
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mvn -B -q -DskipTests package
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
class_path="target/test-classes:target/scholarfolio.jar:target/lib/*"
java -cp "$class_path" org.scholarfolio.site.bench.ExportBenchmark generate "$work"

# median of "wall cpu" lines, as "wall cpu"
median() {
  sort -n -k1,1 "$1" | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }' | tr '\n' ' '
  sort -n -k2,2 "$1" | awk '{ c[NR] = $2 } END { print c[int((NR + 1) / 2)] }'
}

# timed COMMAND...: appends "wall-ms cpu-ms" of one run to $work/times
timed() {
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
    cat "$work/stderr" >&2
    exit 1
  }
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$work/time" >>"$work/times"
}

# row LABEL FRESH-COMMAND AGAIN-COMMAND (commands as strings, run with OUT set)
row() {
  local label=$1 fresh=$2 again=$3 first_wall first_cpu again_wall again_cpu
  : >"$work/times"
  for i in $(seq "$runs"); do
    OUT="$work/out-$i"
    rm -rf "$OUT"
    timed bash -c "$fresh" _ "$OUT"
  done
  read -r first_wall first_cpu < <(median "$work/times")
  : >"$work/times"
  for i in $(seq "$runs"); do
    timed bash -c "$again" _ "$work/out-$i"
  done
  read -r again_wall again_cpu < <(median "$work/times")
  printf '| %s | %s ms | %s ms | %s ms | %s ms |\n' "$label" "$first_wall" "$first_cpu" "$again_wall" "$again_cpu"
  for i in $(seq "$runs"); do rm -rf "$work/out-$i"; done
}

echo
echo "$runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(hugo version | cut -d' ' -f2), $(java -version 2>&1 | head -1)"
echo
echo "| | first: wall | first: cpu | unchanged again: wall | unchanged again: cpu |"
echo "|---|---|---|---|---|"
row "hugo" \
  "hugo --quiet --source '$work/hugo' --destination \"\$1\"" \
  "hugo --quiet --source '$work/hugo' --destination \"\$1\""
row "scholarfolio export (java -jar, fresh JVM)" \
  "java -jar target/scholarfolio.jar export '$work/portfolio' --out \"\$1\"" \
  "java -jar target/scholarfolio.jar export '$work/portfolio' --out \"\$1\""
launcher=target/bundle/Scholarfolio/bin/Scholarfolio
if [[ -x $launcher ]]; then
  row "scholarfolio export (app image launcher)" \
    "$launcher export '$work/portfolio' --out \"\$1\"" \
    "$launcher export '$work/portfolio' --out \"\$1\""
fi
echo
echo "In one JVM (the editor's case), $((runs * 2)) rounds:"
java -cp "$class_path" org.scholarfolio.site.bench.ExportBenchmark warm "$work/portfolio" "$work" $((runs * 2))
