#!/usr/bin/env bash
# The full export's counts, which a loaded machine does not move, for two builds side by side: C1
# compilations (all, commonmark's, java.lang.invoke's), classes loaded, classes not from a class
# archive (spun at run time or read from a jar), and the export JVM's processor time beside them.
# Alternating runs, one line per run.
#
#   bench/export-counts.sh OLD NEW PORTFOLIO [RUNS]      default: 3 runs
#
# OLD and NEW are each a jar (target/scholarfolio.jar with its lib/ beside it; run as the command
# line's relaunched JVM runs, without an archive) or an app image's folder (run through its command
# line's launcher, bin/scholarfolio, with its archive). PORTFOLIO is a folder holding portfolio.json,
# e.g. `java -jar target/scholarfolio.jar generate --publications 1000 --news 500 --seed 1 --out DIR`.
set -euo pipefail

old=$1
new=$2
portfolio=$3
runs=${4:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/export-counts.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache
# the command line's launcher's options (packaging/jpackage-cli.cfg)
jar_options=(-Dscholarfolio.relaunch=false -Dscholarfolio.quickCompilation=false -XX:TieredStopAtLevel=1
  -XX:+UseSerialGC -XX:InitialHeapSize=32m -XX:MaxNewSize=128m -Dfile.encoding=UTF-8)

# one LABEL BUILD: one export, its counts printed as a row
one() {
  local label=$1 build=$2 counts=(-XX:+PrintCompilation "-Xlog:class+load:file=$work/classes")
  rm -rf "$work/out" "$work/classes"
  if [[ -d $build ]]; then
    JAVA_TOOL_OPTIONS="${counts[*]}" perf stat -x, -e task-clock -o "$work/perf" \
      "$build/bin/scholarfolio" export "$portfolio" --out "$work/out" >"$work/compiled" 2>/dev/null
  else
    perf stat -x, -e task-clock -o "$work/perf" java "${jar_options[@]}" "${counts[@]}" -jar "$build" export \
      "$portfolio" --out "$work/out" >"$work/compiled" 2>/dev/null
  fi
  printf '| %s | %d | %d | %d | %d | %d | %.0f |\n' "$label" \
    "$(grep -c '::' "$work/compiled")" "$(grep -c ' org\.commonmark\.' "$work/compiled")" \
    "$(grep -c ' java\.lang\.invoke\.' "$work/compiled")" "$(wc -l <"$work/classes")" \
    "$(grep -vc 'shared objects file' "$work/classes")" "$(grep task-clock "$work/perf" | cut -d, -f1)"
}

# a first untimed export each: the social card drawn into the cache, as the timed runs then find it
one old "$old" >/dev/null
one new "$new" >/dev/null
echo "$runs runs each, alternating; $(nproc) cores; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "old: $old, new: $new"
echo "| build | C1 compilations | of commonmark | of java.lang.invoke | classes loaded | not from an archive | processor ms |"
echo "|---|---|---|---|---|---|---|"
for _ in $(seq "$runs"); do
  one old "$old"
  one new "$new"
done
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
