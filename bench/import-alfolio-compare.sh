#!/usr/bin/env bash
# Two builds of `import alfolio` side by side on the same generated 350-entry al-folio site, runs
# alternating (old, new, old, new, ...) so that a change in the machine's load hits both alike.
#
#   bench/import-alfolio-compare.sh OLD.jar NEW.jar [RUNS] [ENTRIES]     default: 10 runs, 350 entries
#   JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/import-alfolio-compare.sh ...  as the app launcher runs it
#
# Each jar must sit beside its lib/ folder (copy target/scholarfolio.jar and target/lib/ away before
# rebuilding). The site is the one bench/import-alfolio.sh writes (generated_alfolio_site), with this
# checkout's test classes, so build them first (mvn test-compile). Prints per jar the median and range
# of wall time and of processor time (user + system, the fairer figure on a shared machine), the ratio new/old of the
# medians, and the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
old=$(realpath "$1")
new=$(realpath "$2")
runs="${3:-10}"
entries="${4:-350}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/import-alfolio.sh
source bench/import-alfolio.sh
site="$work/site"
generated_alfolio_site "$site" "$entries" "$work"

# one NAME JAR: appends "wall-seconds cpu-seconds" of one whole-process import to $work/NAME
one() {
    rm -rf "$work/out"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S' -o "$work/t" java ${JAVA_OPTS:-} -jar "$2" import alfolio "$site" --out "$work/out" \
        --drop-template-leftovers >"$work/report.txt"
    grep -q "^  publications: $entries " "$work/report.txt" || { echo "import did not read $entries entries" >&2; exit 1; }
    awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/t" >>"$work/$1"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
one old "$old"; one new "$new"; rm -f "$work/old" "$work/new" # warm the file cache, not counted
for _ in $(seq "$runs"); do
    one old "$old"
    one new "$new"
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/old" "$work/new" "$entries" "$runs" "${JAVA_OPTS:-}" <<'PY'
import statistics, sys
def read(p):
    rows = [tuple(map(float, l.split())) for l in open(p)]
    return [r[0] for r in rows], [r[1] for r in rows]
(ow, oc), (nw, nc) = read(sys.argv[1]), read(sys.argv[2])
print(f"import alfolio, {sys.argv[3]} entries, {sys.argv[4]} alternating runs each, JAVA_OPTS='{sys.argv[5]}'")
for name, w, c in (("old", ow, oc), ("new", nw, nc)):
    print(f"  {name}: wall median {statistics.median(w):.2f} s ({min(w):.2f}-{max(w):.2f}),"
          f" cpu median {statistics.median(c):.2f} s ({min(c):.2f}-{max(c):.2f})")
print(f"  new/old: wall {statistics.median(nw) / statistics.median(ow):.2f}, cpu {statistics.median(nc) / statistics.median(oc):.2f}")
PY
