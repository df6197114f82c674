#!/usr/bin/env bash
# Whether the command line's full export of a generated portfolio finishes under given heap ceilings,
# for two builds of the jar, alternating: the smallest heap an export needs, before and after a change.
# Each export runs in a JVM with the command-line launcher's options (packaging/jpackage-cli.cfg: the
# serial collector, the quick compiler) and -Xmx; a run that has not ended after LIMIT seconds (default
# 300) is stopped and counted as not finishing (a heap too small for the export's live data collects
# in full again and again rather than failing). Prints per run: the ceiling, the jar, the exit code,
# the wall time, the number of full collections and the most the heap held after one, and the load.
#
#   bench/export-heap-ceilings.sh OLD.jar NEW.jar N CEILING...     e.g. ... 10000 110m 140m
#   PORTFOLIO=DIR bench/export-heap-ceilings.sh ...                 an existing portfolio instead of N
#   JAVA_OPTS="-XX:MaxNewSize=128m" ...                             extra options for both JVMs
#
# Each jar needs its lib/ folder beside it (copy target/scholarfolio.jar and target/lib together).
set -uo pipefail

old=$1
new=$2
n=$3
shift 3
limit=${LIMIT:-300}
work=$(mktemp -d "${TMPDIR:-/tmp}/export-heap-ceilings.XXXXXX")
trap 'rm -rf "$work"' EXIT
portfolio=${PORTFOLIO:-}
if [[ -z $portfolio ]]; then
  portfolio=$work/portfolio
  java -jar "$new" generate --publications "$n" --news $((n / 2)) --out "$portfolio" >/dev/null
fi
options=$(awk '$1 == "--java-options" {printf "%s ", $2}' "$(dirname "$0")/../packaging/jpackage-cli.cfg")
export XDG_CACHE_HOME=$work/cache
for ceiling in "$@"; do
  for label in old new; do
    jar=$old
    [[ $label == new ]] && jar=$new
    rm -rf "$work/out"
    start=$(date +%s)
    # shellcheck disable=SC2086
    timeout -s KILL "$limit" java $options ${JAVA_OPTS:-} -Xmx"$ceiling" -Xlog:gc:file="$work/gc.log" \
      -jar "$jar" export "$portfolio" --out "$work/out" >/dev/null 2>"$work/err"
    rc=$?
    full=$(grep -c 'Pause Full' "$work/gc.log")
    held=$(grep 'Pause Full' "$work/gc.log" | sed -E 's/.*->([0-9]+)M\(.*/\1/' | sort -n | tail -1)
    echo "-Xmx$ceiling $label: exit $rc, wall $(( $(date +%s) - start )) s, full collections $full," \
      "most held after one ${held:-0} MB, load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
