#!/usr/bin/env bash
# Times `import alfolio` as a whole process (fresh JVM) on an al-folio site whose papers.bib holds
# generated al-folio-style entries (350 by default), and on any real site folders given after it.
# Usage: bench/import-alfolio.sh [entries] [SITE_DIR ...]
# bench/import-alfolio-compare.sh sources this file for generated_alfolio_site only.
set -euo pipefail

# generated_alfolio_site SITE_DIR ENTRIES WORK_DIR: an al-folio site (config, about page, a publications
# page) whose papers.bib holds ENTRIES generated entries, written with this checkout's test classes
# (BibtexImportBenchmark; build them first). WORK_DIR receives the class path.
generated_alfolio_site() {
    local site="$1" entries="$2" work="$3"
    mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
    mkdir -p "$site/_bibliography" "$site/_pages" "$site/_news"
    java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" \
        org.scholarfolio.importer.bibtex.BibtexImportBenchmark "$entries" --write "$site/_bibliography/papers.bib" >/dev/null
    printf 'first_name: Ada\nlast_name: Lovelace\nscholar:\n  last_name: [Lovelace]\n  first_name: [Ada, A.]\n' > "$site/_config.yml"
    printf -- '---\nlayout: about\npermalink: /\nselected_papers: true\n---\n\nI build engines.\n' > "$site/_pages/about.md"
    printf -- '---\nlayout: page\ntitle: publications\npermalink: /publications/\n---\n\n{%% bibliography %%}\n' > "$site/_pages/publications.md"
}

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
    return 0 # sourced: the function only
fi

cd "$(dirname "$0")/.."
entries="${1:-350}"
shift || true
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ -f target/scholarfolio.jar ] || mvn -q -B -DskipTests package
site="$work/site"
generated_alfolio_site "$site" "$entries" "$work"

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
