#!/usr/bin/env bash
# Issue 14's frames as a user meets them: the real editor (the app image's launcher by default, or
# `java -jar`), with its own options and class archive (the app image's ahead-of-time cache; java
# -jar's archive in the user cache folder), started on a portfolio with `open`, on the screen it
# starts on (Profile); then Publications pressed in the sidebar, the first publication selected and
# 10 keys typed into its first author's family name. UserStartFrames (from the test classes) prints
# each step's longest frame gap and every gap over 50 ms with the JavaFX thread's processor time in it
# (fx N), the gap of any length with the most of that time (the thread's own work in one frame), and exits. The portfolio is only read (the recovery journal the typing leaves beside it,
# portfolio.json.recovery, is deleted before and after each run: give it a copy). An app image runs
# through a copy of its own launcher script (its options, its cache, its collector for a large portfolio) with two changes: the main class
# is UserStartFrames, which runs the launcher's main, and its jar follows the class path (the image's
# runtime has no agent support). `java -jar` is given it as a Java agent through JAVA_TOOL_OPTIONS.
#
# bench/size-point.sh measures the same portfolio in one JVM of its own (its own class path, no
# class archive, the Publications screen shown at once, the open started a second after the show):
# its figures are a different start and are not comparable with these.
#
#   bench/user-start-frames.sh PORTFOLIO_DIR [RUNS]      default RUNS 1
#   EDITOR_CMD="target/bundle/Scholarfolio/bin/Scholarfolio"   the editor started (default); also
#                              "java -jar target/scholarfolio.jar"; BEFORE_CMD=...: a second editor, run
#                              alternately with it (before, after, before, after, ...)
#   TEST_CLASSES=DIR           the agent's classes (default target/test-classes)
#   EDITOR_DISPLAY=:NN         the X display (default $DISPLAY; one of your own)
#   AGENT_OPTS="-Dstall.gaps=40"   options for the editor's JVM beside the agent (the stacks of every gap with
#                              at least 40 ms of the JavaFX thread's time in it, however long the gap)
#   SCHED_RECORD=1             each run under `perf sched record` (root, or kernel.perf_event_paranoid <= -1), then
#                              bench/fx-waits.py: the JavaFX thread's waits for a core in the first 3 and 15 s and
#                              in the whole run, split into behind the editor's own threads (by name) and behind
#                              other processes
#   RECOVERY_JOURNAL=FILE      each run starts with this journal beside the portfolio, as after a crash with
#                              unsaved edits: the open replays it and asks about it (the question is left
#                              open; the steps go on under it). When FILE does not exist yet, the first run
#                              starts without one and the journal its typing leaves is kept there.
#
# Each editor has a fresh HOME and XDG folders per run, but one cache folder per command: a `java -jar`
# editor first runs once untimed, so that its class archive is written (as a returning user's is there).
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
portfolio=$(cd "$1" && pwd)
runs=${2:-1}
display=${EDITOR_DISPLAY:-${DISPLAY:?set EDITOR_DISPLAY or DISPLAY}}
work=$(mktemp -d "${TMPDIR:-/tmp}/user-start-frames.XXXXXX")
trap 'rm -rf "$work"' EXIT
classes=${TEST_CLASSES:-target/test-classes}
mkdir -p "$work/agent"
printf 'Premain-Class: org.scholarfolio.app.UserStartFrames\n' >"$work/agent/manifest"
(cd "$classes" && jar cfm "$work/agent.jar" "$work/agent/manifest" \
  org/scholarfolio/app/UserStartFrames*.class org/scholarfolio/app/PulseWatchdog*.class org/scholarfolio/app/ThreadSchedStats*.class)

load() { cut -d' ' -f1-3 /proc/loadavg; }

# An app image's launcher (IMAGE/bin/NAME) copied with UserStartFrames as its main class, after its class path.
# Its application folder (lib/app) is given as a folder of links to the image's files, with the agent's jar
# in its lib/ beside them: Java 25 finds an ahead-of-time cache's jars relative to the folder that all the
# class path's entries share, and a jar from elsewhere (the agent's in $work) moved that folder up, so that
# no jar was found, the cache was left unused without a word and every class came from the jars.
launcher_copy() {
  local launcher=$1 copy=$2 links=$3
  local root name file
  root=$(cd "$(dirname "$launcher")/.." && pwd -P)
  name=$(basename "$launcher")
  mkdir -p "$links/lib"
  for file in "$root"/lib/app/*; do [[ -d $file ]] || ln -sf "$file" "$links/"; done
  for file in "$root"/lib/app/lib/*; do ln -sf "$file" "$links/lib/"; done
  cp "$work/agent.jar" "$links/lib/user-start-frames-agent.jar"
  sed -e "s|^root=.*|root=$root|" -e "s|^name=.*|name=$name|" -e "s|^app=.*|app=$links|" \
    -e "s|-cp \"\$classpath\" \"\$main\"|-cp \"\$classpath:$links/lib/user-start-frames-agent.jar\" org.scholarfolio.app.UserStartFrames|" \
    "$launcher" >"$copy"
  grep -q 'UserStartFrames' "$copy" || { echo "the launcher $launcher has no line to change" >&2; exit 1; }
  chmod +x "$copy"
}

# one_run LABEL HOME_DIR CACHE_DIR COMMAND...
one_run() {
  local label=$1 home=$2 cache=$3; shift 3
  local agent=""
  mkdir -p "$home"
  if [[ $* == *" -jar "* ]]; then
    # java -jar's editor JVM writes its class archive at exit, which Java refuses with an agent unless told.
    agent="-javaagent:$work/agent.jar -XX:+UnlockDiagnosticVMOptions -XX:+AllowArchivingWithJavaAgent"
  else
    launcher_copy "$1" "$work/launcher" "$cache-app"
    set -- "$work/launcher" "${@:2}"
  fi
  # The keys typed leave a recovery journal beside the portfolio; the next start would offer it back
  # (its replay takes a core for seconds at 100,000, and its question comes into the steps): each run
  # starts without, unless RECOVERY_JOURNAL asks for one.
  rm -f "$portfolio/portfolio.json.recovery"
  if [[ -n ${RECOVERY_JOURNAL:-} && -f $RECOVERY_JOURNAL ]]; then
    cp "$RECOVERY_JOURNAL" "$portfolio/portfolio.json.recovery"
    label="$label, with a recovery journal of $(wc -l <"$RECOVERY_JOURNAL") lines"
  fi
  echo "$label (load $(load), $(date -u +%H:%M:%S) UTC): $*"
  local recorder=""
  if [[ ${SCHED_RECORD:-} == 1 ]]; then
    perf sched record -o "$work/sched.data" -- sleep 900 >/dev/null 2>&1 &
    recorder=$!
    sleep 1
  fi
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$cache XDG_DATA_HOME=$home/data DISPLAY=$display \
    JAVA_TOOL_OPTIONS="$agent ${AGENT_OPTS:-}" \
    timeout 900 "$@" open "$portfolio" 2>"$work/err" | tee "$work/out" | sed 's/^/  /' || { echo "  failed:"; tail -5 "$work/err"; }
  if [[ -n $recorder ]]; then
    # perf writes its file when its command ends
    pkill -INT -P "$recorder" sleep || true
    wait "$recorder" || true
    local editor
    editor=$(sed -n 's/^editor process \([0-9]*\)$/\1/p' "$work/out")
    [[ -n $editor ]] && "$project/bench/fx-waits.py" "$work/sched.data"  "$editor" 3 15 inf | sed 's/^/  /'
    rm -f "$work/sched.data"
  fi
  if [[ -n ${RECOVERY_JOURNAL:-} && ! -f $RECOVERY_JOURNAL && -f $portfolio/portfolio.json.recovery ]]; then
    cp "$portfolio/portfolio.json.recovery" "$RECOVERY_JOURNAL"
  fi
  rm -f "$portfolio/portfolio.json.recovery"
}

commands=()
[[ -n ${BEFORE_CMD:-} ]] && commands+=("$BEFORE_CMD")
commands+=("${EDITOR_CMD:-target/bundle/Scholarfolio/bin/Scholarfolio}")
for ((run = 1; run <= runs; run++)); do
  for i in "${!commands[@]}"; do
    cmd=${commands[$i]}
    home=$work/home-$i-$run
    if [[ $cmd == *" -jar "* && $run == 1 ]]; then
      # The class archive written by a first start, as a returning user's editor has it.
      one_run "untimed first start (writes java -jar's class archive)" "$work/home-$i-0" "$work/cache-$i" $cmd >/dev/null
    fi
    one_run "run $run, $( ((i == 0)) && [[ -n ${BEFORE_CMD:-} ]] && echo before || echo after)" "$home" "$work/cache-$i" $cmd
  done
done
