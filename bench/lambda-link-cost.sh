#!/usr/bin/env bash
# What linking a lambda's call site costs a JVM that maps its classes from a CDS archive, as the command line's
# export JVM does: four programs, each with an archive of its own classes (lambda proxies included), alternating:
#   none    a main that returns
#   one     one lambda, called once
#   lambdas COUNT lambdas, each its own call site, each called once
#   classes COUNT anonymous classes doing the same
# Prints the processor time (user + system) of each run kind, median and range. The difference between lambdas and
# classes is what writing that many lambdas as classes would save at the start (BENCHMARKS.md, session 38).
#
#   bench/lambda-link-cost.sh [RUNS] [COUNT]        default: 8 runs, 200 call sites
#   JAVA=target/bundle/Scholarfolio/lib/runtime/bin/java ...   the runtime (default: the app image's, else java)
set -euo pipefail

runs=${1:-8}
count=${2:-200}
java=${JAVA:-}
if [[ -z $java ]]; then
  java=java
  [[ -x target/bundle/Scholarfolio/lib/runtime/bin/java ]] && java=target/bundle/Scholarfolio/lib/runtime/bin/java
fi
options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djdk.reflect.useNativeAccessorOnly=true)
work=$(mktemp -d "${TMPDIR:-/tmp}/lambda-link-cost.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

{
  echo 'import java.util.function.IntSupplier;'
  echo 'public class Lambdas { public static void main(String[] a) { long s = 0;'
  for i in $(seq "$count"); do echo "{ IntSupplier f = () -> $i; s += f.getAsInt(); }"; done
  echo 'if (s < 0) System.out.println(s); } }'
} >Lambdas.java
{
  echo 'import java.util.function.IntSupplier;'
  echo 'public class Classes { public static void main(String[] a) { long s = 0;'
  for i in $(seq "$count"); do
    echo "{ IntSupplier f = new IntSupplier() { public int getAsInt() { return $i; } }; s += f.getAsInt(); }"
  done
  echo 'if (s < 0) System.out.println(s); } }'
} >Classes.java
echo 'import java.util.function.IntSupplier;
public class One { public static void main(String[] a) { IntSupplier f = () -> 1; if (f.getAsInt() < 0) System.out.println(); } }' >One.java
echo 'public class None { public static void main(String[] a) { } }' >None.java
javac --release 17 -d classes Lambdas.java Classes.java One.java None.java
jar cf programs.jar -C classes .   # a CDS archive holds classes from jars only

for program in None One Lambdas Classes; do
  "$java" "${options[@]}" -XX:DumpLoadedClassList="$program.list" -cp programs.jar "$program"
  "$java" "${options[@]}" -Xshare:dump -XX:SharedClassListFile="$program.list" -XX:SharedArchiveFile="$program.jsa" \
    -cp programs.jar "$program" >/dev/null 2>&1
done

echo "$runs runs each, $count call sites, $("$java" -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for program in None One Lambdas Classes; do
    /usr/bin/time -f "%U %S" -o time "$java" "${options[@]}" -Xshare:on -XX:SharedArchiveFile="$program.jsa" \
      -cp programs.jar "$program"
    awk '{ printf "%d\n", ($1 + $2) * 1000 }' time >>"$program.times"
  done
done
for program in None One Lambdas Classes; do
  sort -n "$program.times" | awk -v p="$program" '{ v[NR] = $1 } END {
    printf "%-8s cpu %d ms (%d–%d)\n", p, v[int((NR + 1) / 2)], v[1], v[NR] }'
done
