#!/usr/bin/env bash
# Issue 13's first-window figure: from exec to the first frame with content drawn (the editor's form
# and its preview's page loaded, on the sample portfolio), side by side with the floor: a JavaFX
# window holding one WebView with a short page (FirstFrameFloor). Both print "first content drawn
# at <epoch ms>" on the frame after their content is there; the time is taken from just before exec.
# Each also prints its UI thread's processor time up to then, which a loaded machine disturbs less,
# and when the rendering thread has painted that frame ("painted"): the first line comes while the
# frame's paint may still be under way (0.3-0.7 s of software rendering at load 12-16), so both are given,
# and the rendering thread's processor time up to the paint (the software renderer's share of a start).
# Every round runs each start once, and each round begins one further along the list (floor, editor,
# before; then editor, before, floor; ...), so that no start always runs right after the same one: the
# start that followed the floor was slower in session 9's fixed order. ORDER=fixed keeps that order.
#
#   bench/first-content.sh [RUNS]            default 5; needs target/scholarfolio.jar and test classes
#   EDITOR_CMD="target/bundle/Scholarfolio/bin/Scholarfolio" bench/first-content.sh   (the launcher)
#   BEFORE_CMD="java -jar /tmp/old/scholarfolio.jar" bench/first-content.sh   (an older build too, in the same rounds)
#   WARMUP=0 bench/first-content.sh          (no untimed first start; see below)
#   TARGET=/tmp/copy bench/first-content.sh  (the jar, lib/ and test-classes/ from a copy of target/,
#                                             so that a rebuild during the runs cannot touch them)
#
# Each start has a user cache folder of its own, kept across the rounds, and runs once untimed
# first (WARMUP=1): java -jar's editor runs in a second JVM that maps a class archive from the cache,
# written by the first editor's clean exit, so the timed rounds show a start after the first one.
# WARMUP=0 with a fresh cache per run (FRESH_CACHE=1) times the first start, which writes it;
# CACHE_before=/proc/no-cache (a folder that cannot be made) runs the before-start without one.
#
# Each editor starts as a returning user's does (RETURNING=1): with the settings an earlier run left
# (bench/returning-settings.sh); RETURNING=0 starts it with none, as the benchmark did before session 22.
#
# After the medians it prints, for the same rounds, the median of the rounds' ratios (each start over the floor of its
# own round, and the editor over the before) with their interquartile range and bootstrap intervals, beside the pooled
# figure (bench/round-ratios.py); the earlier lines are unchanged.
#
# Without a display it runs itself under xvfb-run.
set -euo pipefail
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-5}
target=${TARGET:-target}
jar=$target/scholarfolio.jar
editor_cmd=${EDITOR_CMD:-java -jar $jar}
work=$(mktemp -d "${TMPDIR:-/tmp}/first-content.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Prints the milliseconds from exec to the line, or "failed", after a slash the UI thread's
# processor time up to then (a figure that the machine's load disturbs less), or "?", and after a
# second slash the milliseconds from exec until that frame was painted, or "?", and after a third the
# rendering thread's processor time until then, or "?".
time_one() {
  local start out line ui painted render
  start=$(date +%s%3N)
  out=$("$@" 2>>"$work/stderr" | grep -m4 'first content' || true)
  line=$(grep -m1 'first content drawn at' <<<"$out" || true)
  if [[ -z $line ]]; then echo failed/?/?/?; return; fi
  ui=$(grep -o 'UI thread processor time [0-9-]*' <<<"$out" | awk '{print $5}')
  render=$(grep -o 'rendering thread processor time [0-9-]*' <<<"$out" | awk '{print $5}')
  painted=$(grep -m1 'first content painted at' <<<"$out" || true)
  echo "$(( ${line##* } - start ))/${ui:-?}/$(if [[ -n $painted ]]; then echo $(( ${painted##* } - start )); else echo '?'; fi)/${render:-?}"
}

# editor_once CACHE_LABEL COMMAND...
editor_once() {
  local cache_of=CACHE_$1
  local cache=${!cache_of:-$work/cache-$1}
  shift
  rm -rf "$work/home" "$work/sample" && mkdir -p "$work/home" && cp -r sample-data/alan-turing "$work/sample"
  if [[ ${RETURNING:-1} == 1 ]]; then bench/returning-settings.sh "$work/home/prefs" "$work/sample"; fi
  if [[ ${FRESH_CACHE:-0} == 1 ]]; then rm -rf "$cache"; fi
  HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share XDG_CACHE_HOME=$cache \
      JAVA_TOOL_OPTIONS="-Dscholarfolio.firstContent=exit -Djava.util.prefs.userRoot=$work/home/prefs" \
      time_one "$@" open "$work/sample"
}

floor=() editor=() before=() floor_ui=() editor_ui=() before_ui=() floor_p=() editor_p=() before_p=()
floor_r=() editor_r=() before_r=()
starts=(floor editor)
if [[ -n ${BEFORE_CMD:-} ]]; then starts+=(before); fi
if [[ ${WARMUP:-1} == 1 ]]; then
  echo "untimed first starts: editor $(editor_once editor $editor_cmd)${BEFORE_CMD:+, before $(editor_once before $BEFORE_CMD)} ms (wall/UI thread/painted/rendering thread)"
fi
for run in $(seq "$runs"); do
  f=n/a e=n/a b=n/a order=()
  for i in "${!starts[@]}"; do
    if [[ ${ORDER:-rotate} == fixed ]]; then k=$i; else k=$(( (i + run - 1) % ${#starts[@]} )); fi
    order+=("${starts[$k]}")
    case ${starts[$k]} in
      floor) f=$(time_one java -cp "$jar:$target/test-classes" 'org.scholarfolio.app.FirstFrameFloor$Start') ;;
      editor) e=$(editor_once editor $editor_cmd) ;;
      before) b=$(editor_once before $BEFORE_CMD) ;;
    esac
  done
  echo "run $run (${order[*]}): floor $f ms, editor $e ms, before $b ms (wall/UI thread/painted/rendering thread), load average $(cut -d' ' -f1 /proc/loadavg)"
  IFS=/ read -r fw fu fp fr <<<"$f"; IFS=/ read -r ew eu ep er <<<"$e"
  floor+=("$fw") editor+=("$ew") floor_ui+=("$fu") editor_ui+=("$eu") floor_p+=("${fp:-?}") editor_p+=("${ep:-?}")
  floor_r+=("${fr:-?}") editor_r+=("${er:-?}")
  if [[ -n ${BEFORE_CMD:-} ]]; then
    IFS=/ read -r bw bu bp br <<<"$b"; before+=("$bw") before_ui+=("$bu") before_p+=("${bp:-?}") before_r+=("${br:-?}")
  fi
done
median() { printf '%s\n' "$@" | { grep -E '^[0-9]+$' || true; } | sort -n | awk '{a[NR]=$1} END{if(NR==0){print "n/a"}else{print a[int((NR+1)/2)]}}'; }
mf=$(median "${floor[@]}") me=$(median "${editor[@]}")
ratio() { awk -v e="$1" -v f="$2" 'BEGIN{if(f>0)printf "%.2f", e/f; else print "n/a"}'; }
echo "median: floor $mf ms, editor $me ms, ratio $(ratio "$me" "$mf")"
mfu=$(median "${floor_ui[@]}") meu=$(median "${editor_ui[@]}")
echo "median UI thread processor time: floor $mfu ms, editor $meu ms, ratio $(ratio "$meu" "$mfu")"
mfp=$(median "${floor_p[@]}") mep=$(median "${editor_p[@]}")
echo "median until painted: floor $mfp ms, editor $mep ms, ratio $(ratio "$mep" "$mfp")"
mfr=$(median "${floor_r[@]}") mer=$(median "${editor_r[@]}")
echo "median rendering thread processor time until painted: floor $mfr ms, editor $mer ms, ratio $(ratio "$mer" "$mfr")"
if [[ ${#before[@]} -gt 0 ]]; then
  mb=$(median "${before[@]}") mbu=$(median "${before_ui[@]}") mbp=$(median "${before_p[@]}") mbr=$(median "${before_r[@]}")
  echo "median: before $mb ms, ratio $(ratio "$mb" "$mf"); UI thread $mbu ms, ratio $(ratio "$mbu" "$mfu"); until painted $mbp ms, ratio $(ratio "$mbp" "$mfp"); rendering thread $mbr ms, ratio $(ratio "$mbr" "$mfr")"
fi
# The same rounds as ratios within each round, with their spread (bench/round-ratios.py): each start divided by the floor
# that ran beside it, which a load changing between rounds moves less than the medians above; and the two builds, each
# round's editor over its before. The lines above stay as they were.
rounds() { local -n first=$1 second=$2; for i in "${!first[@]}"; do echo "${first[$i]} ${second[$i]}"; done; }
rounds editor floor | bench/round-ratios.py 'rounds, editor / floor, wall'
rounds editor_ui floor_ui | bench/round-ratios.py 'rounds, editor / floor, UI thread'
if [[ ${#before[@]} -gt 0 ]]; then
  rounds before floor | bench/round-ratios.py 'rounds, before / floor, wall'
  rounds before_ui floor_ui | bench/round-ratios.py 'rounds, before / floor, UI thread'
  rounds editor before | bench/round-ratios.py 'rounds, editor / before, wall'
  rounds editor_ui before_ui | bench/round-ratios.py 'rounds, editor / before, UI thread'
fi
