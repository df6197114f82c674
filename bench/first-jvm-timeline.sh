#!/usr/bin/env bash
# Issue 13's java -jar start, step by step: where the time goes from exec until the editor's JVM starts. Each start
# runs `java -jar JAR open <copy of the Turing sample>` with both JVMs logging their class loads and start-up phases
# (-Xlog:class+load,startuptime with wall-clock time stamps) and prints, in ms from just before exec:
#
#   genesis1      the first JVM's Genesis phase done (Java 17.0.15 relocates the JDK's archive there by default)
#   helper1       sun.launcher.LauncherHelper loaded (the jar's manifest read, its Add-Opens handled next)
#   launcher1     org.scholarfolio.app.Launcher loaded: our code begins
#   fork1         java.lang.ProcessImpl loaded: the relaunch's decisions done, the editor's JVM about to be forked
#   editor2       the editor's JVM's first log line
#   launcher2     the editor's JVM loads Launcher
#   drawn         the first content drawn (the logging slows every start: compare builds in one run, not with
#                 bench/first-content.sh's figures)
#
#   bench/first-jvm-timeline.sh [RUNS] [JAR ...]   default 3 runs of target/scholarfolio.jar; several jars alternate
#   e.g. DISPLAY=:82 bench/first-jvm-timeline.sh 3 /tmp/old/scholarfolio.jar target/scholarfolio.jar
#
# Each jar has a user cache of its own for the whole run, and one untimed start first writes its class archive.
# Without a display it runs itself under xvfb-run.
set -euo pipefail
if [[ -z ${DISPLAY:-} ]]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
project=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
shift || true
jars=("$@")
if [[ ${#jars[@]} -eq 0 ]]; then jars=("$project/target/scholarfolio.jar"); fi
work=$(mktemp -d "${TMPDIR:-/tmp}/first-jvm-timeline.XXXXXX")
trap 'rm -rf "$work"' EXIT

# one_start INDEX JAR LOGGED: a start of JAR with its own cache; with LOGGED=1, prints its steps
one_start() {
  local logs=$work/logs start first editor
  rm -rf "$logs" "$work/home" "$work/sample" && mkdir -p "$logs" "$work/home" && cp -r "$project/sample-data/alan-turing" "$work/sample"
  start=$(date +%s%3N)
  HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share XDG_CACHE_HOME=$work/cache-$1 \
    JAVA_TOOL_OPTIONS="-Dscholarfolio.firstContent=exit -Djava.util.prefs.userRoot=$work/home/prefs -Xlog:class+load=info,startuptime:file=$logs/%p.log:tm" \
    timeout 300 java -jar "$2" open "$work/sample" >"$work/out" 2>&1 || true
  [[ $3 == 1 ]] || return 0
  # the JVMs' logs in the order they started: by their first line's time stamp
  first=$(for f in "$logs"/*.log; do echo "$(head -1 "$f" | sed -E 's/^\[([0-9]+)ms\].*/\1/') $f"; done | sort -n | head -1 | cut -d' ' -f2)
  editor=$(for f in "$logs"/*.log; do echo "$(head -1 "$f" | sed -E 's/^\[([0-9]+)ms\].*/\1/') $f"; done | sort -n | tail -1 | cut -d' ' -f2)
  at() { grep -m1 -- "$2" "$1" | sed -E 's/^\[([0-9]+)ms\].*/\1/' | awk -v s="$start" '{print $1 - s}'; }
  drawn=$(grep -m1 'first content drawn at' "$work/out" | awk -v s="$start" '{print $NF - s}')
  echo "$2: genesis1 $(at "$first" 'Genesis') helper1 $(at "$first" 'LauncherHelper ') launcher1 $(at "$first" 'app.Launcher ')" \
    "fork1 $(at "$first" 'java.lang.ProcessImpl ') editor2 $(head -1 "$editor" | sed -E 's/^\[([0-9]+)ms\].*/\1/' | awk -v s="$start" '{print $1 - s}')" \
    "launcher2 $(at "$editor" 'app.Launcher ') drawn ${drawn:-failed} (load $(cut -d' ' -f1 /proc/loadavg))"
}

for i in "${!jars[@]}"; do one_start "$i" "${jars[$i]}" 0; done
for run in $(seq "$runs"); do
  for i in "${!jars[@]}"; do one_start "$i" "${jars[$i]}" 1; done
done
