#!/usr/bin/env bash
# Which jars a full export opens, thread by thread: a resource looked up on the class path opens every jar
# before the one that holds it (and a service lookup every jar), each read for its directory, on the thread
# that asked. Classes mapped from a class archive open no jar.
#
#   bench/jars-opened.sh N NAME=COMMAND...
#   bench/jars-opened.sh 1000 before=/tmp/base/target/bundle/Scholarfolio/bin/scholarfolio \
#       after=target/bundle/Scholarfolio/bin/scholarfolio "jar=java -jar target/scholarfolio.jar"
#
# Each COMMAND runs `COMMAND export PORTFOLIO --out DIR` on a generated portfolio of N publications, once
# untimed into a cache folder of its own (java -jar's export writes its class archive then, the social card is
# drawn), then under `strace -f -e trace=openat,execve` into an empty folder. Prints per thread (in the order
# it first opened one) how many jars it opened and which, then the unchanged export's the same way. Needs strace.
set -euo pipefail
n=$1
shift
project=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/jars-opened.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar "$project/target/scholarfolio.jar" generate --publications "$n" --news $((n / 2)) --out "$work/portfolio" >/dev/null
echo "N = $n, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# report TRACE: one line per thread: its id, the number of jar files it opened, their names
report() {
  grep -E 'openat\(.*\.jar", ' "$1" | grep -v ENOENT | sed -E 's/^([0-9]+) .*openat\([^"]*"([^"]*)".*/\1 \2/' |
    awk '{ n = split($2, p, "/"); name = p[n]; if (!($1 in count)) order[++pids] = $1; count[$1]++; names[$1] = names[$1] " " name }
         END { for (i = 1; i <= pids; i++) printf "  thread %s: %d jars:%s\n", order[i], count[order[i]], names[order[i]] }'
}
for spec in "$@"; do
  name=${spec%%=*}
  export XDG_CACHE_HOME=$work/cache-$name
  # shellcheck disable=SC2086
  ${spec#*=} export "$work/portfolio" --out "$work/warm-$name" >/dev/null 2>&1
  rm -rf "$work/out"
  # shellcheck disable=SC2086
  strace -f -o "$work/trace-$name" -e trace=openat,execve ${spec#*=} export "$work/portfolio" --out "$work/out" >/dev/null 2>&1
  echo "$name, full export:"
  report "$work/trace-$name"
  # shellcheck disable=SC2086
  strace -f -o "$work/trace-$name-unchanged" -e trace=openat,execve ${spec#*=} export "$work/portfolio" --out "$work/out" >/dev/null 2>&1
  echo "$name, unchanged export:"
  report "$work/trace-$name-unchanged"
done
