#!/usr/bin/env bash
# One real .bib file through two builds of the jar, alternating runs so that the machine's load hits
# both alike: `import bibtex` into a fresh portfolio, then `export` of it, each step's processor time
# (user + system of the JVM, /usr/bin/time) per run, and the load average before and after.
#
#   bench/bibtex-file-two-jars.sh OLD.jar NEW.jar FILE.bib [RUNS]     default: 3 runs
#
# Each jar needs its lib/ folder beside it (target/scholarfolio.jar and target/lib together). The empty
# portfolio each run imports into is made by the new jar's `generate --publications 0 --news 0`.
set -euo pipefail

old=$1
new=$2
bib=$3
runs=${4:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/bibtex-file-two-jars.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar "$new" generate --publications 0 --news 0 --out "$work/empty" >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  for which in old new; do
    jar=$old
    [[ $which == new ]] && jar=$new
    rm -rf "$work/p" "$work/site"
    cp -r "$work/empty" "$work/p"
    /usr/bin/time -f "%U + %S" -o "$work/import.time" java -jar "$jar" import bibtex "$bib" --into "$work/p" >/dev/null 2>&1
    /usr/bin/time -f "%U + %S" -o "$work/export.time" java -jar "$jar" export "$work/p" --out "$work/site" >"$work/export.log" 2>&1
    import=$(tail -1 "$work/import.time")
    export=$(tail -1 "$work/export.time")
    pubs=$(grep -c '"citationKey"' "$work/p/portfolio.json" || true)
    listed=$(grep -o 'class="pub"' "$work/site/publications/index.html" 2>/dev/null | wc -l)
    warned=$(grep -c "crossref container" "$work/export.log" || true)
    echo "run $run $which: import user+sys $import s, export user+sys $export s; $pubs publications, $listed on the list page, $warned export warnings naming a crossref container"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
