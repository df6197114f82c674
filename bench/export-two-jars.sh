#!/usr/bin/env bash
# Full command-line export of one generated portfolio by two builds of the jar, alternating runs,
# so that the machine's load hits both alike: the before/after figures of an export change.
#
#   bench/export-two-jars.sh OLD.jar NEW.jar [RUNS] [N]       default: 3 runs, N = 1000
#   JAVA_OPTS="-Dscholarfolio.quickCompilation=false" ...     extra options for both JVMs
#
# Each jar needs its lib/ folder beside it (copy target/scholarfolio.jar and target/lib together).
# Prints per jar the median and range of wall time, processor time (user + system) and peak RSS,
# the new jar's medians as ratios to the old one's, and the load average before and after.
set -euo pipefail

old=$1
new=$2
runs=${3:-3}
n=${4:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/export-two-jars.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar "$new" generate --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null

echo "$runs runs each, N = $n, $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  for name in old new; do
    jar=$old
    [[ $name == new ]] && jar=$new
    rm -rf "$work/out"
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" java ${JAVA_OPTS:-} -jar "$jar" export "$work/portfolio" \
      --out "$work/out" >/dev/null 2>&1
    awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 / 1024 }' "$work/time" >>"$work/$name"
  done
done

stat() { cut -d' ' -f"$2" "$work/$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'; }
echo "| | wall s | cpu s | peak RSS MB |"
echo "|---|---|---|---|"
for name in old new; do
  printf '| %s |' "$name"
  for col in 1 2 3; do
    read -r med lo hi < <(stat "$name" "$col")
    if [[ $col == 3 ]]; then printf ' %d (%d–%d) |' "$med" "$lo" "$hi"
    else awk -v m="$med" -v l="$lo" -v h="$hi" 'BEGIN { printf " %.2f (%.2f–%.2f) |", m / 1000, l / 1000, h / 1000 }'; fi
  done
  echo
done
printf '| new / old |'
for col in 1 2 3; do
  read -r a _ _ < <(stat old "$col")
  read -r b _ _ < <(stat new "$col")
  awk -v a="$a" -v b="$b" 'BEGIN { printf " %.2f × |", b / a }'
done
echo
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
