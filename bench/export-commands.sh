#!/usr/bin/env bash
# Full exports of one generated portfolio by several commands, alternating run by run, so that the
# machine's load hits each alike: launchers, JVM options or runtimes compared side by side.
#
#   bench/export-commands.sh RUNS N NAME=COMMAND...
#   bench/export-commands.sh 3 1000 editor=target/bundle/Scholarfolio/bin/Scholarfolio \
#       cli=target/bundle/Scholarfolio/bin/scholarfolio "jar=java -jar target/scholarfolio.jar"
#
# Each COMMAND is run as `COMMAND export PORTFOLIO --out DIR` into an empty folder. OPTS_<NAME>, when
# set, is given to that command's JVM as JAVA_TOOL_OPTIONS (options a launcher's own do not override,
# e.g. OPTS_c3=-XX:CompileThresholdScaling=3). Prints per name the median and range of wall time,
# processor time (user + system) and peak RSS, and the load average before and after.
set -euo pipefail
runs=$1
n=$2
shift 2
work=$(mktemp -d "${TMPDIR:-/tmp}/export-commands.XXXXXX")
trap 'rm -rf "$work"' EXIT
project=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/run-times.sh
. "$project/bench/run-times.sh"
java -jar "$project/target/scholarfolio.jar" generate --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null
echo "$runs runs each, N = $n, $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
names=()
for spec in "$@"; do names+=("${spec%%=*}"); done
for _ in $(seq "$runs"); do
  for spec in "$@"; do
    name=${spec%%=*}
    opts_var="OPTS_$name"
    rm -rf "$work/out"
    # shellcheck disable=SC2086
    JAVA_TOOL_OPTIONS="${!opts_var:-}" /usr/bin/time -f "%e %U %S %M" -o "$work/time" ${spec#*=} export "$work/portfolio" \
      --out "$work/out" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 / 1024 }' "$work/time" >>"$work/times-$name"
  done
done
run_table "$work/times-" "${names[@]}"
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
