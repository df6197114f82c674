#!/usr/bin/env bash
# Times `import bibtex` on 5,000 generated al-folio entries, end to end through the command line:
# into an empty portfolio (everything added), then the same file again (5,000 matched, nothing
# changed), then a --dry-run. Usage: bench/import-bibtex.sh [entries]
set -euo pipefail
cd "$(dirname "$0")/.."
entries="${1:-5000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" \
    org.scholarfolio.importer.bibtex.BibtexImportBenchmark "$entries" --write "$work/bench.bib"
mkdir "$work/portfolio"
printf '{\n  "schemaVersion": 1\n}\n' > "$work/portfolio/portfolio.json"

run() {
    local label="$1"; shift
    local start end
    start=$(date +%s%N)
    java -jar target/scholarfolio.jar import bibtex "$work/bench.bib" --into "$work/portfolio" "$@" | grep -E "^(Imported|Would import)"
    end=$(date +%s%N)
    printf '%-34s %6d ms (whole command, fresh JVM)\n' "$label" $(( (end - start) / 1000000 ))
}
run "into an empty portfolio:"
run "again (all matched, none changed):"
run "--dry-run:" --dry-run
