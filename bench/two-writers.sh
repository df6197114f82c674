#!/usr/bin/env bash
# Writers racing on one portfolio: two loops of `import bibtex --into` (N one-entry files each, with
# keys of their own), a loop of `format` and a loop of `export`, while a reader parses portfolio.json
# as JSON all along. Prints the keys missing at the end (there must be none) and how many reads found
# a half-written or missing file (there must be none), with the commands' refusals, if any.
#
#   bench/two-writers.sh [JAR] [N]        default: target/scholarfolio.jar, 8
set -euo pipefail
JAR=$(realpath "${1:-target/scholarfolio.jar}")
N=${2:-8}
SAMPLE=$(realpath "$(dirname "$0")/../sample-data/alan-turing")
WORK=$(mktemp -d)
P=$WORK/portfolio
cp -r "$SAMPLE" "$P"
for w in a b; do
    for i in $(seq 1 "$N"); do
        printf '@article{%s%d,\n  title = {Paper %s %d},\n  author = {Doe, Jane},\n  journal = {J},\n  year = {2020}\n}\n' \
            "$w" "$i" "$w" "$i" > "$WORK/$w$i.bib"
    done
done
python3 - "$P/portfolio.json" "$WORK/stop" > "$WORK/reader.log" 2>&1 <<'PY' &
import json, os, sys, time
path, stop = sys.argv[1], sys.argv[2]
reads = bad = 0
while not os.path.exists(stop):
    try:
        data = open(path, 'rb').read()
        json.loads(data)
        reads += 1
    except FileNotFoundError:
        bad += 1
        print('missing')
    except ValueError as e:
        bad += 1
        print('half-written', len(data), e)
print('reads', reads, 'bad', bad)
PY
reader=$!
pids=()
for w in a b; do
    (for i in $(seq 1 "$N"); do java -jar "$JAR" import bibtex --into "$P" "$WORK/$w$i.bib" > "$WORK/$w$i.out" 2>&1 \
        || echo "import $w$i: exit $? $(grep error "$WORK/$w$i.out")"; done) &
    pids+=($!)
done
(for i in $(seq 1 "$N"); do java -jar "$JAR" format "$P" > "$WORK/f$i.out" 2>&1 || echo "format $i: exit $? $(cat "$WORK/f$i.out")"; done) &
pids+=($!)
(for i in $(seq 1 "$N"); do java -jar "$JAR" export "$P" --out "$WORK/site" > "$WORK/e$i.out" 2>&1 \
    || echo "export $i: exit $? $(grep error "$WORK/e$i.out")"; done) &
pids+=($!)
wait "${pids[@]}"
touch "$WORK/stop"
wait "$reader"
python3 - "$P/portfolio.json" "$N" <<'PY'
import json, sys
keys = {p['citationKey'] for p in json.load(open(sys.argv[1]))['publications']}
want = {f'{w}{i}' for w in 'ab' for i in range(1, int(sys.argv[2]) + 1)}
print('keys missing at the end:', ', '.join(sorted(want - keys)) or 'none')
PY
cat "$WORK/reader.log"
rm -rf "$WORK"
