#!/usr/bin/env bash
# Where a full export's system (kernel) time goes, against Hugo's, in the two ways a benchmark can run
# them: each run into a folder of a new name with nothing deleted, and each run into a folder deleted
# (rm -rf) just before, as bench/faster-than-hugo.sh does.
#
#   bench/export-sys-time.sh [RUNS] [N]           default: 5 runs, N = 1000
#   OURS="java -jar target/scholarfolio.jar"      the export command (default: the command line's launcher
#                                                 target/bundle/Scholarfolio/bin/scholarfolio when built, else
#                                                 java -jar target/scholarfolio.jar)
#   PERF=1                                        then one more deleted-folder run of each under perf record -g
#                                                 (kernel stacks: root, or kernel.perf_event_paranoid <= 1),
#                                                 and the share of their samples in the kernel's inode allocation
#
# The runs of a phase alternate the two tools; the fresh phase runs first, before anything is deleted.
# Printed per phase and tool: median (range) of wall, user and system time, and the inodes an output
# holds (files and folders: each one a new inode). On ext4 without a journal the inode allocator skips
# every inode freed in the last minute (five while its table block is not yet written back) and scans
# past them again for each new file: after an rm -rf of the last output, each new file costs a look at
# each inode that rm freed, so the system time grows with files created x files deleted just before.
# Anything deleted near the work folder in the minutes before (another run's clean-up included) is scanned
# past in both phases: leave a few minutes between two runs of this script.
# Needs Java 17, Maven's target/ (the jar and test classes: mvn -DskipTests package) and Hugo.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-5}
n=${2:-1000}
command -v hugo >/dev/null || { echo "export-sys-time: hugo is missing" >&2; exit 1; }
if [[ -n ${OURS:-} ]]; then
  read -r -a ours <<<"$OURS"
elif [[ -x target/bundle/Scholarfolio/bin/scholarfolio ]]; then
  ours=("$project/target/bundle/Scholarfolio/bin/scholarfolio")
else
  ours=(java -jar "$project/target/scholarfolio.jar")
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/export-sys-time.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -cp "target/test-classes:target/scholarfolio.jar:target/lib/*" org.scholarfolio.site.bench.ExportBenchmark \
  generate "$work/site" "$n" $((n / 2)) >/dev/null
# The social card and the formulas into the user's cache once, as every later export finds them.
"${ours[@]}" export "$work/site/portfolio" --out "$work/first" >/dev/null 2>&1

# timed NAME OUT: one run of tool NAME into OUT, "wall user sys" appended to NAME.times
timed() {
  local name=$1 out=$2 cmd
  if [[ $name == *hugo ]]; then
    cmd=(hugo --quiet --source "$work/site/hugo" --destination "$out")
  else
    cmd=("${ours[@]}" export "$work/site/portfolio" --out "$out")
  fi
  /usr/bin/time -f "%e %U %S" -o "$work/time" "${cmd[@]}" >/dev/null 2>"$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  cat "$work/time" >>"$work/$name.times"
}

for i in $(seq "$runs"); do
  timed fresh-ours "$work/fresh-ours-$i"
  timed fresh-hugo "$work/fresh-hugo-$i"
done
for i in $(seq "$runs"); do
  rm -rf "$work/deleted-ours"
  timed deleted-ours "$work/deleted-ours"
  rm -rf "$work/deleted-hugo"
  timed deleted-hugo "$work/deleted-hugo"
done

# cell FILE COLUMN: "median (min–max)" of a column
cell() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%.2f (%.2f–%.2f)", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
echo
echo "$runs runs each, N = $n, $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg); ours: ${ours[*]}"
echo
echo "| phase, tool | wall s | user s | system s | inodes per output |"
echo "|---|---|---|---|---|"
for name in fresh-ours fresh-hugo deleted-ours deleted-hugo; do
  out=$work/$name
  [[ -d $out ]] || out=$work/$name-1
  inodes=$(find "$out" | wc -l)
  echo "| ${name/-/, } | $(cell "$work/$name.times" 1) | $(cell "$work/$name.times" 2) | $(cell "$work/$name.times" 3) | $inodes |"
done

if [[ ${PERF:-0} == 1 ]]; then
  echo
  for name in ours hugo; do
    rm -rf "$work/deleted-$name"
    if [[ $name == hugo ]]; then
      cmd=(hugo --quiet --source "$work/site/hugo" --destination "$work/deleted-$name")
    else
      cmd=("${ours[@]}" export "$work/site/portfolio" --out "$work/deleted-$name")
    fi
    perf record -q -F 1999 -g -o "$work/perf.data" "${cmd[@]}" >/dev/null 2>&1
    perf report -i "$work/perf.data" --children --sort sym --stdio 2>/dev/null \
      | awk -v tool="$name" '/\[k\] (__ext4_new_inode|recently_deleted|exc_page_fault)$/ && !seen[$NF]++ {
          printf "- %s, deleted folder, perf: %s of all samples (with callees) in %s\n", tool, $1, $NF }'
  done
fi
