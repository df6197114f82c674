#!/usr/bin/env bash
# Times `import alfolio` as a whole process (fresh JVM) on an al-folio site whose papers.bib holds
# generated al-folio-style entries (350 by default), and on any real site folders given after it.
# Usage: bench/import-alfolio.sh [entries] [SITE_DIR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
entries="${1:-350}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -f target/scholarfolio.jar ] || mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
site="$work/site"
mkdir -p "$site/_bibliography" "$site/_pages" "$site/_news"
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" \
    org.scholarfolio.importer.bibtex.BibtexImportBenchmark "$entries" --write "$site/_bibliography/papers.bib" >/dev/null
printf 'first_name: Ada\nlast_name: Lovelace\nscholar:\n  last_name: [Lovelace]\n  first_name: [Ada, A.]\n' > "$site/_config.yml"
printf -- '---\nlayout: about\npermalink: /\nselected_papers: true\n---\n\nI build engines.\n' > "$site/_pages/about.md"
printf -- '---\nlayout: page\ntitle: publications\npermalink: /publications/\n---\n\n{%% bibliography %%}\n' > "$site/_pages/publications.md"

run() {
    local label="$1" dir="$2"
    printf '%-40s ' "$label"
    # wall time and the CPU time the process used: on a loaded machine the CPU time is the fairer number
    TIMEFORMAT='%R s wall, %U s user + %S s sys CPU (whole command, fresh JVM)'
    time (java -jar target/scholarfolio.jar import alfolio "$dir" --out "$work/out-$RANDOM" --drop-template-leftovers \
        > "$work/last-report.txt")
    grep -E "^  publications:" "$work/last-report.txt" || true
}
run "generated site, $entries entries:" "$site"
run "generated site, again:" "$site"
for s in "$@"; do
    run "$(basename "$s"):" "$s"
done
