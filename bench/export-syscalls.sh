#!/usr/bin/env bash
# The kernel's share of a full command-line export, as counts that the machine's load does not
# change: each jar exports one generated portfolio into an empty folder under `strace -f -c`
# (every thread), alternating, and the table gives per jar the files and folders the export left,
# the calls that make them, every call in all, and strace's time in the calls named here (inflated
# by tracing: compare the two jars with it, not with other figures).
#
#   bench/export-syscalls.sh OLD.jar NEW.jar [RUNS] [N]       default: 1 run, N = 1000
#
# Each jar needs its lib/ folder beside it (copy target/scholarfolio.jar and target/lib together).
set -euo pipefail

old=$1
new=$2
runs=${3:-1}
n=${4:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/export-syscalls.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar "$new" generate --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null

calls="mkdir mkdirat openat rename renameat renameat2 unlink unlinkat rmdir fsync fdatasync"
echo "$runs runs each, N = $n, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
printf '| run | jar | files | folders |'
for c in $calls; do printf ' %s |' "$c"; done
printf ' all calls | s in these calls (traced) |\n|---|---|---|---|'
for _ in $calls; do printf -- '---|'; done
printf -- '---|---|\n'
for i in $(seq "$runs"); do
  for name in old new; do
    jar=$old
    [[ $name == new ]] && jar=$new
    rm -rf "$work/out"
    strace -f -c -o "$work/strace" java -Dscholarfolio.cacheHome=none -jar "$jar" export "$work/portfolio" \
      --out "$work/out" >/dev/null 2>&1
    printf '| %d | %s | %d | %d |' "$i" "$name" "$(find "$work/out" -type f | wc -l)" "$(find "$work/out" -type d | wc -l)"
    for c in $calls; do
      printf ' %s |' "$(awk -v c="$c" '$NF == c { print $4; found = 1 } END { if (!found) print 0 }' "$work/strace")"
    done
    awk -v calls=" $calls " '$NF == "total" { all = $4 } index(calls, " " $NF " ") { s += $2 }
      END { printf " %d | %.3f |\n", all, s }' "$work/strace"
  done
done
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
