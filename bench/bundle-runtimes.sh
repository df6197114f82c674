#!/usr/bin/env bash
# Two app images side by side, each started by its own launchers as a user starts it, alternating
# run by run so that the machine's load hits both alike: `--version`, an unchanged export and a
# full export of a generated portfolio of N publications (N/2 news items), and the editor's first
# window on the Alan Turing sample (under an Xvfb of its own when there is no DISPLAY; skipped
# without either). The command-line workloads go through the command line's own launcher
# (bin/scholarfolio, bin/scholarfolio-cli where file names ignore case) when the image has one,
# the editor's through bin/Scholarfolio. Prints median and range of wall time, processor time (user + system, the
# steadier figure on a shared machine) and peak RSS per image, and B's medians as a ratio of A's.
#
#   bench/bundle-runtimes.sh [RUNS] [N]          default: 5 runs, N = 1000
#   IMAGE_A, IMAGE_B   the app images (default: target/bundle-17/Scholarfolio, the Java 17 one with
#                      CDS archives, and target/bundle/Scholarfolio)
#   WORK               the workloads, default "version unchanged full editor"
#
# Build the two images first, e.g.:
#   BUNDLE_TYPES=none mvn -B -q -Pbundle -DskipTests package          (the JDK 25 one when there is one)
#   BUNDLE_JDK=/usr/lib/jvm/java-17-openjdk-amd64 BUNDLE_DEST=bundle-17 BUNDLE_TYPES=none packaging/build-bundle.sh
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-5}
n=${2:-1000}
image_a=${IMAGE_A:-target/bundle-17/Scholarfolio}
image_b=${IMAGE_B:-target/bundle/Scholarfolio}
read -r -a work <<<"${WORK:-version unchanged full editor}"
for image in "$image_a" "$image_b"; do
  [[ -x $image/bin/Scholarfolio ]] || { echo "bundle-runtimes: no app image at $image" >&2; exit 1; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bundle-runtimes.XXXXXX")
xvfb_pid=""
cleanup() {
  if [[ -n $xvfb_pid ]]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CACHE_HOME="$tmp/cache" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data"
"$image_b/bin/Scholarfolio" generate --publications "$n" --news $((n / 2)) --out "$tmp/portfolio" >/dev/null

if [[ " ${work[*]} " == *" editor "* && -z "${DISPLAY:-}" ]]; then
  if command -v Xvfb >/dev/null; then
    Xvfb -displayfd 3 -screen 0 1600x1000x24 3>"$tmp/display" >/dev/null 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do [[ -s $tmp/display ]] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$tmp/display")"
  else
    echo "bundle-runtimes: no DISPLAY and no Xvfb: the editor is left out" >&2
    work=("${work[@]/editor/}")
  fi
fi

# one NAME IMAGE WORKLOAD: appends "wall-ms cpu-ms rss-kb" of one run to $tmp/NAME-WORKLOAD
one() {
  local name=$1 image=$2 workload=$3 args=() line
  local launcher=$image/bin/Scholarfolio
  if [[ $workload != editor ]]; then
    for cli in "$image/bin/scholarfolio" "$image/bin/scholarfolio-cli"; do
      if [[ -x $cli && ! $cli -ef $launcher ]]; then launcher=$cli; break; fi
    done
  fi
  case $workload in
    version) args=(--version) ;;
    unchanged) args=(export "$tmp/portfolio" --out "$tmp/site-$name-unchanged") ;;
    full) rm -rf "$tmp/site-$name-full"; args=(export "$tmp/portfolio" --out "$tmp/site-$name-full") ;;
    editor) rm -rf "$tmp/prefs"; args=(open sample-data/alan-turing) ;;
  esac
  JAVA_TOOL_OPTIONS="-Dscholarfolio.startupTiming=exit -Djava.util.prefs.userRoot=$tmp/prefs" \
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" timeout 1800 "$launcher" "${args[@]}" \
    >"$tmp/out" 2>"$tmp/err" || { echo "bundle-runtimes: $launcher ${args[*]} failed" >&2; cat "$tmp/err" >&2; exit 1; }
  if [[ $workload == editor ]]; then
    # Up to the first window, as the app measures it: JVM start to the window shown, and processor time.
    line=$(grep 'first window shown' "$tmp/out")
    sed -E 's/^first window shown after ([0-9]+) ms \(([0-9]+) ms.*/\1 \2/' <<<"$line" \
      | awk -v rss="$(cut -d' ' -f4 "$tmp/time")" '{ print $1, $2, rss }' >>"$tmp/$name-$workload"
  else
    awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 }' "$tmp/time" >>"$tmp/$name-$workload"
  fi
}

# stat FILE COLUMN: "median min max"
stat() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'
}

if [[ " ${work[*]} " == *" unchanged "* ]]; then   # the folders the unchanged exports find as they left them
  "$image_a/bin/Scholarfolio" export "$tmp/portfolio" --out "$tmp/site-a-unchanged" >/dev/null
  "$image_b/bin/Scholarfolio" export "$tmp/portfolio" --out "$tmp/site-b-unchanged" >/dev/null
fi
for i in $(seq "$runs"); do
  for workload in "${work[@]}"; do
    [[ -n $workload ]] || continue
    one a "$image_a" "$workload"
    one b "$image_b" "$workload"
  done
done

echo "$runs runs each, alternating; N = $n; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "A: $image_a ($("$image_a/bin/Scholarfolio" --version | tail -1))"
echo "B: $image_b ($("$image_b/bin/Scholarfolio" --version | tail -1))"
echo
echo "| workload | A wall | B wall | A cpu | B cpu | A peak RSS | B peak RSS | B/A wall | B/A cpu |"
echo "|---|---|---|---|---|---|---|---|---|"
for workload in "${work[@]}"; do
  [[ -n $workload ]] || continue
  read -r aw aw_lo aw_hi < <(stat "$tmp/a-$workload" 1)
  read -r bw bw_lo bw_hi < <(stat "$tmp/b-$workload" 1)
  read -r ac ac_lo ac_hi < <(stat "$tmp/a-$workload" 2)
  read -r bc bc_lo bc_hi < <(stat "$tmp/b-$workload" 2)
  read -r am _ _ < <(stat "$tmp/a-$workload" 3)
  read -r bm _ _ < <(stat "$tmp/b-$workload" 3)
  label=$workload
  [[ $workload == editor ]] && label="editor, JVM start to first window"
  awk -v l="$label" -v aw="$aw" -v awl="$aw_lo" -v awh="$aw_hi" -v bw="$bw" -v bwl="$bw_lo" -v bwh="$bw_hi" \
    -v ac="$ac" -v acl="$ac_lo" -v ach="$ac_hi" -v bc="$bc" -v bcl="$bc_lo" -v bch="$bc_hi" -v am="$am" -v bm="$bm" \
    'BEGIN { printf "| %s | %.2f s (%.2f–%.2f) | %.2f s (%.2f–%.2f) | %.2f s (%.2f–%.2f) | %.2f s (%.2f–%.2f) | %d MB | %d MB | %.2f | %.2f |\n",
      l, aw / 1000, awl / 1000, awh / 1000, bw / 1000, bwl / 1000, bwh / 1000, ac / 1000, acl / 1000, ach / 1000,
      bc / 1000, bcl / 1000, bch / 1000, am / 1024, bm / 1024, bw / aw, bc / ac }'
done
