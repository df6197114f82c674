#!/usr/bin/env bash
# Processor time (user + system) of `import alfolio` over a few cloned sites, two builds side by
# side, alternating (old, new, old, new, ...) so that the machine's load hits both alike.
#
#   bench/import-sites-cpu.sh OLD NEW SITE_DIR...        ROUNDS=3 by default
#
# OLD and NEW are each a jar beside its lib/ folder, or a target/classes folder (this checkout's
# dependencies, from `mvn dependency:build-classpath`, are put after it). Prints per round and build
# the seconds summed over the sites, then the ratio new/old of the sums, and the load before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1")
new=$(realpath "$2")
shift 2
rounds="${ROUNDS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

deps=""
if [[ -d "$old" || -d "$new" ]]; then
  mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
  deps=$(cat "$work/cp.txt")
fi
classpath() { if [[ -d "$1" ]]; then echo "$1:$deps"; else echo "$1"; fi; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A sum=([old]=0 [new]=0)
for round in $(seq 1 "$rounds"); do
  for which in old new; do
    build=$old; [[ $which == new ]] && build=$new
    total=0
    for site in "$@"; do
      # exit code 3 (a portfolio that does not validate) is a result here, not a failure
      /usr/bin/time -o "$work/t" -f "%U %S" java -cp "$(classpath "$build")" org.scholarfolio.app.Launcher \
        import alfolio "$site" --out "$work/$which-$(basename "$site")" --force >/dev/null 2>&1 || true
      total=$(tail -1 "$work/t" | awk -v t="$total" '{print t + $1 + $2}')
    done
    echo "round $round $which: $total s"
    sum[$which]=$(awk -v a="${sum[$which]}" -v b="$total" 'BEGIN{print a + b}')
  done
done
echo "new/old: $(awk -v n="${sum[new]}" -v o="${sum[old]}" 'BEGIN{printf "%.2f", n / o}')"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
