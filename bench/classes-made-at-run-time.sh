#!/usr/bin/env bash
# The classes an export loads from somewhere else than the class archive, by app image, over a few exports of one
# generated portfolio into new folders, the images alternating: classes Java made at run time (lambdas, method-handle
# forms, string concatenations; each the JDK's class-file writer's work) and classes read from a jar or the runtime.
# A lambda the archive holds is made anyway when its call site is linked a second time (two page threads at once,
# or two call sites of one shape in a class: the archive hands each class out once).
#
#   bench/classes-made-at-run-time.sh IMAGE_A IMAGE_B [RUNS] [N]     default: 4 runs, N = 1000
#
# Prints, per image and run, how many classes each source gave and the names of those not from the archive, then
# the names with the number of runs they came in.
set -euo pipefail

image_a=$1
image_b=$2
runs=${3:-4}
n=${4:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/run-time-classes.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
"$image_b/bin/scholarfolio" generate --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null
# The social card drawn once into the cache, so that no run draws it (Java 2D's classes are not the export's).
"$image_a/bin/scholarfolio" export "$work/portfolio" --out "$work/first" >/dev/null 2>&1
"$image_b/bin/scholarfolio" export "$work/portfolio" --out "$work/first-b" >/dev/null 2>&1
echo "$runs runs each, N = $n, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  for name in a b; do
    image=$image_a
    [[ $name == b ]] && image=$image_b
    JDK_JAVA_OPTIONS="-Xlog:class+load:file=$work/log" "$image/bin/scholarfolio" export "$work/portfolio" \
      --out "$work/out-$name-$i" >/dev/null 2>&1
    rm -rf "$work/out-$name-$i"
    total=$(grep -c 'source:' "$work/log")
    archived=$(grep -c 'source: shared objects file' "$work/log" || true)
    echo "$name run $i: $total classes, $archived from the archive, $((total - archived)) not:"
    grep -v 'source: shared objects file' "$work/log" | awk '{ print $2 }' | sed -E 's#/0x[0-9a-f]+$##' \
      | tee -a "$work/names-$name" | sed 's/^/    /'
  done
done
for name in a b; do
  echo "$name: classes not from the archive, by the number of runs they came in"
  sort "$work/names-$name" 2>/dev/null | uniq -c | sort -rn | sed 's/^/  /'
done
