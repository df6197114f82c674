#!/usr/bin/env bash
# `import alfolio` of a generated 350-entry al-folio site as a whole process, started several ways
# side by side: each round runs every way once, in turn, so a change of the machine's load hits all
# alike. Prints per way the median and range of wall time and of processor time (user + system), the
# ratio of each median to the first way's, and the load average before and after.
#
#   bench/import-alfolio-launchers.sh RUNS 'LABEL=COMMAND' ['LABEL=COMMAND' ...]
#   bench/import-alfolio-launchers.sh 8 'old jar=java -jar old/scholarfolio.jar' \
#       'new jar=java -jar target/scholarfolio.jar' 'app image=target/bundle/Scholarfolio/bin/Scholarfolio'
#
# COMMAND is what runs `import alfolio SITE --out DIR --drop-template-leftovers` after it. ENTRIES
# (default 350) sets the size; the site is bench/import-alfolio.sh's (build the test classes first).
set -euo pipefail
cd "$(dirname "$0")/.."
runs="$1"
shift
entries="${ENTRIES:-350}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# shellcheck source=bench/import-alfolio.sh
source bench/import-alfolio.sh
site="$work/site"
generated_alfolio_site "$site" "$entries" "$work"

labels=()
commands=()
for way in "$@"; do
    labels+=("${way%%=*}")
    commands+=("${way#*=}")
done

# one INDEX: appends "wall-seconds cpu-seconds" of one whole-process import to $work/INDEX
one() {
    rm -rf "$work/out"
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S' -o "$work/t" ${commands[$1]} import alfolio "$site" --out "$work/out" \
        --drop-template-leftovers >"$work/report.txt"
    grep -q "^  publications: $entries " "$work/report.txt" || { echo "${labels[$1]}: import did not read $entries entries" >&2; exit 1; }
    awk '{printf "%s %.2f\n", $1, $2 + $3}' "$work/t" >>"$work/$1"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!commands[@]}"; do one "$i"; rm -f "$work/$i"; done # warm the file cache, not counted
for _ in $(seq "$runs"); do
    for i in "${!commands[@]}"; do one "$i"; done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!commands[@]}"; do printf '%s\t%s\n' "${labels[$i]}" "$work/$i"; done >"$work/ways"
python3 - "$work/ways" "$entries" "$runs" <<'PY'
import statistics, sys
ways = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
print(f"import alfolio, {sys.argv[2]} entries, {sys.argv[3]} alternating rounds")
first = None
for label, path in ways:
    rows = [tuple(map(float, l.split())) for l in open(path)]
    w, c = [r[0] for r in rows], [r[1] for r in rows]
    mw, mc = statistics.median(w), statistics.median(c)
    first = first or (mw, mc)
    print(f"  {label}: wall median {mw:.2f} s ({min(w):.2f}-{max(w):.2f}), cpu median {mc:.2f} s ({min(c):.2f}-{max(c):.2f}),"
          f" {mw / first[0]:.2f} x / {mc / first[1]:.2f} x the first")
PY
