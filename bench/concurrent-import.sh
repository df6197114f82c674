#!/usr/bin/env bash
# Two `import bibtex` runs started together into one portfolio (1,000 and 300 new entries), as a
# person would start them from two terminals; repeated ROUNDS times. Each round must end with all
# 1,300 entries present, or with one run refused naming portfolio.json.lock: never a silent loss.
# Usage: bench/concurrent-import.sh [rounds]   (SKIP_BUILD=1 uses target/scholarfolio.jar as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -B -DskipTests package

bib() { # bib FILE PREFIX COUNT: COUNT entries with distinct keys, titles and DOIs
    for ((i = 1; i <= $3; i++)); do
        printf '@article{%s%d,\n  title = {%s paper number %d},\n  author = {Writer, Ada and Second, Bo},\n' "$2" "$i" "$2" "$i"
        printf '  journal = {Journal of Tests},\n  year = {2020},\n  doi = {10.9999/%s.%d}\n}\n\n' "$2" "$i"
    done > "$1"
}
bib "$work/a.bib" alpha 1000
bib "$work/b.bib" beta 300

failures=0
for ((r = 1; r <= rounds; r++)); do
    dir="$work/round$r"
    mkdir "$dir"
    printf '{\n  "schemaVersion": 1,\n  "profile": {"name": {"given": "Ada", "family": "Writer"}}\n}\n' > "$dir/portfolio.json"
    set +e
    java -jar target/scholarfolio.jar import bibtex "$work/a.bib" --into "$dir" > "$dir/a.out" 2>&1 &
    pa=$!
    java -jar target/scholarfolio.jar import bibtex "$work/b.bib" --into "$dir" > "$dir/b.out" 2>&1 &
    pb=$!
    wait $pa; ea=$?
    wait $pb; eb=$?
    set -e
    count=$(grep -c '"citationKey"' "$dir/portfolio.json" || true)
    refused=$( (grep -l 'portfolio.json.lock' "$dir/a.out" "$dir/b.out" 2>/dev/null || true) | xargs -r -n1 basename | tr '\n' ' ')
    expected=1300
    [ "$ea" -ne 0 ] && expected=$((expected - 1000))
    [ "$eb" -ne 0 ] && expected=$((expected - 300))
    verdict=ok
    if [ "$count" -ne "$expected" ]; then
        verdict=LOST; failures=$((failures + 1))
    elif { [ "$ea" -ne 0 ] || [ "$eb" -ne 0 ]; } && [ -z "$refused" ]; then
        verdict="REFUSED WITHOUT NAMING THE LOCK"; failures=$((failures + 1))
    fi
    printf 'round %d: exit codes %d (1,000 entries) and %d (300 entries); %d publications in the file (expected %d); refusal naming the lock: %s -> %s\n' \
        "$r" "$ea" "$eb" "$count" "$expected" "${refused:-none}" "$verdict"
    for f in a b; do grep -iE 'lock|imported|refus|wait' "$dir/$f.out" | head -3 | sed "s/^/    $f: /"; done
done
exit "$failures"
