#!/usr/bin/env bash
# Imports every .bib file of a folder with Scholarfolio and with @retorquere/bibtex-parser (the
# parser behind Zotero's Better BibTeX, installed with npm into a temporary folder) and prints how
# often they agree: entries found, titles, years, family names, DOIs, and what export-bibtex then
# import changes. Usage: bench/compare-bibtex.sh BIB_FOLDER [--list]
# (--list also prints every disagreement). Set SKIP_BUILD=1 to reuse target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
folder="$(cd "$1" && pwd)"
shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @retorquere/bibtex-parser@9.0.29 >/dev/null)
if [ -z "${SKIP_BUILD:-}" ]; then
    mvn -q -B -o test-compile
fi
mvn -q -B -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" \
    org.scholarfolio.importer.bibtex.BibtexComparisonDump "$folder" "$work/ours.jsonl"
node bench/bibtex-compare.mjs "$work" "$folder" "$work/ours.jsonl" "$@"
