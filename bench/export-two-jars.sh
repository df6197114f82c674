#!/usr/bin/env bash
# Full command-line export of one generated portfolio by two builds of the jar, alternating runs,
# so that the machine's load hits both alike: the before/after figures of an export change.
#
#   bench/export-two-jars.sh OLD.jar NEW.jar [RUNS] [N]       default: 3 runs, N = 1000
#   JAVA_OPTS="-Dscholarfolio.quickCompilation=false" ...     extra options for both JVMs
#   FRESH_ARCHIVES=1 ...     a cache folder of the run's own (XDG_CACHE_HOME), the social card drawn into it
#                            first, each jar's class archive written by two untimed exports, as the export
#                            JVM then maps it
#
# Each jar needs its lib/ folder beside it (copy target/scholarfolio.jar and target/lib together).
# Prints per jar the median and range of wall time, processor time (user + system) and peak RSS,
# the new jar's medians as ratios to the old one's, the system (kernel) share of the processor time
# on a line of its own, and the load average before and after.
set -euo pipefail

old=$1
new=$2
runs=${3:-3}
n=${4:-1000}
# shellcheck source=bench/run-times.sh
. "$(dirname "$0")/run-times.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/export-two-jars.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar "$new" generate --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null
if [[ ${FRESH_ARCHIVES:-0} == 1 ]]; then
  export XDG_CACHE_HOME=$work/cache
  # The social card first, in one JVM that writes no archive: else the first jar's archive-writing run
  # draws it and keeps Java 2D's classes in its archive, and the second jar's does not: most of an 8 MB
  # difference in peak RSS between two builds in session 22.
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -Dscholarfolio.relaunch=false -jar "$new" export "$work/portfolio" --out "$work/out" >/dev/null 2>&1
  for jar in "$old" "$new"; do
    for _ in 1 2; do
      rm -rf "$work/out"
      # shellcheck disable=SC2086
      java ${JAVA_OPTS:-} -jar "$jar" export "$work/portfolio" --out "$work/out" >/dev/null 2>&1
    done
  done
fi

echo "$runs runs each, N = $n, $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  for name in old new; do
    jar=$old
    [[ $name == new ]] && jar=$new
    rm -rf "$work/out"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" java ${JAVA_OPTS:-} -jar "$jar" export "$work/portfolio" \
      --out "$work/out" >/dev/null 2>&1
    awk '{ printf "%d %d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 / 1024, $3 * 1000 }' "$work/time" >>"$work/$name"
  done
done

run_table "$work/" old new
printf '| new / old |'
for col in 1 2 3; do
  read -r a _ _ < <(run_stat "$work/old" "$col")
  read -r b _ _ < <(run_stat "$work/new" "$col")
  awk -v a="$a" -v b="$b" 'BEGIN { printf " %.2f × |", b / a }'
done
echo
read -r a alo ahi < <(run_stat "$work/old" 4)
read -r b blo bhi < <(run_stat "$work/new" 4)
awk -v a="$a" -v al="$alo" -v ah="$ahi" -v b="$b" -v bl="$blo" -v bh="$bhi" 'BEGIN {
  printf "system time of it: old %.2f s (%.2f–%.2f), new %.2f s (%.2f–%.2f), %.2f ×\n", a / 1000, al / 1000, ah / 1000,
    b / 1000, bl / 1000, bh / 1000, b / a }'
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
