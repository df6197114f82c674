#!/usr/bin/env bash
# What the full export costs above what any JVM export must pay, against Hugo, at several sizes: the floor.
# Alternating whole-process runs, each into a folder of a new name (nothing deleted during the runs), per size:
#   hugo        Hugo building the same content (the site bench/faster-than-hugo.sh builds)
#   export      the app image's command-line launcher, full export
#   version     the same launcher's `--version` (its start and a command that does nothing)
#   jvm         the image's Java with the command line's compiler, collector and heap options, a class whose
#               main returns at once
#   files       the same JVM reading portfolio.json and writing files of the sizes and names the export wrote
#               (its folders too), from two threads: the JVM, the read and the file system, with no page made
#   hugo-files  the same with the files and folders of Hugo's site
# Prints, per size and run kind, the median and range of the processor time (user + system) and of the wall.
# The processor time of the smallest size against the largest ones splits each tool's cost into a fixed part
# and a part per publication (BENCHMARKS.md, session 38).
#
#   bench/export-floor.sh [RUNS] [SIZES...]            default: 5 runs, sizes 10 1000
#   IMAGE=target/bundle/Scholarfolio ...               the app image (default: this one)
#
# Needs the test classes (mvn test-compile: the generator of faster-than-hugo.sh), an app image and Hugo.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-5}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10 1000)
image=${IMAGE:-target/bundle/Scholarfolio}
java_of_image=$image/lib/runtime/bin/java
options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:InitialHeapSize=32m -XX:MaxNewSize=128m)
work=$(mktemp -d "${TMPDIR:-/tmp}/export-floor.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME=$work/cache

mkdir -p "$work/floor"
cat >"$work/floor/Floor.java" <<'EOF'
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** No arguments: returns. LIST OUT PORTFOLIO: reads PORTFOLIO, then writes a file per "size path" line of LIST. */
public class Floor {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            return;
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        Path out = Path.of(args[1]);
        if (Files.readAllBytes(Path.of(args[2])).length == 0) {
            throw new IOException("empty portfolio");
        }
        int largest = 0;
        for (String line : lines) {
            largest = Math.max(largest, Integer.parseInt(line.substring(0, line.indexOf(' '))));
        }
        byte[] bytes = new byte[largest];
        AtomicInteger next = new AtomicInteger();
        // a class, not a lambda: the process's first lambda sets up the JDK's lambda factory, which is no floor
        Runnable writer = new Runnable() {
            @Override
            public void run() {
                for (int i; (i = next.getAndIncrement()) < lines.size(); ) {
                    String line = lines.get(i);
                    Path file = out.resolve(line.substring(line.indexOf(' ') + 1));
                    try {
                        Files.createDirectories(file.getParent());
                        try (FileOutputStream stream = new FileOutputStream(file.toFile())) {
                            stream.write(bytes, 0, Integer.parseInt(line.substring(0, line.indexOf(' '))));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
        Thread second = new Thread(writer);
        second.start();
        writer.run();
        second.join();
    }
}
EOF
javac --release 17 -d "$work/floor" "$work/floor/Floor.java"

# timed NAME COMMAND...: appends "wall-ms cpu-ms" of one run to $work/NAME
timed() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>&1
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$work/time" >>"$work/$name"
}

# stat FILE COLUMN: "median min max"
stat() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'
}

for n in "${sizes[@]}"; do
  java -cp "target/test-classes:target/scholarfolio.jar:target/lib/*" org.scholarfolio.site.bench.ExportBenchmark \
    generate "$work/n$n" "$n" $((n / 2)) >/dev/null
  # the files each tool writes, by size and path, from one untimed run of each
  "$image/bin/scholarfolio" export "$work/n$n/portfolio" --out "$work/n$n/list-export" >/dev/null 2>&1
  hugo --quiet --source "$work/n$n/hugo" --destination "$work/n$n/list-hugo"
  (cd "$work/n$n/list-export" && find . -type f -printf '%s %P\n') >"$work/n$n/files-export"
  (cd "$work/n$n/list-hugo" && find . -type f -printf '%s %P\n') >"$work/n$n/files-hugo"
done

echo "$runs runs each, alternating; $(nproc) cores; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "image: $image; $(hugo version | cut -d' ' -f2)"
for i in $(seq "$runs"); do
  for n in "${sizes[@]}"; do
    d=$work/n$n
    timed "$n-hugo" hugo --quiet --source "$d/hugo" --destination "$d/hugo-$i"
    timed "$n-export" "$image/bin/scholarfolio" export "$d/portfolio" --out "$d/export-$i"
    timed "$n-version" "$image/bin/scholarfolio" --version
    timed "$n-jvm" "$java_of_image" "${options[@]}" -cp "$work/floor" Floor
    timed "$n-files" "$java_of_image" "${options[@]}" -cp "$work/floor" Floor "$d/files-export" "$d/files-$i" \
      "$d/portfolio/portfolio.json"
    timed "$n-hugo-files" "$java_of_image" "${options[@]}" -cp "$work/floor" Floor "$d/files-hugo" \
      "$d/hugo-files-$i" "$d/portfolio/portfolio.json"
  done
done

echo "| N | run | cpu ms, median (range) | wall ms, median (range) | files |"
echo "|---|---|---|---|---|"
for n in "${sizes[@]}"; do
  for kind in hugo export version jvm files hugo-files; do
    read -r c clo chi < <(stat "$work/$n-$kind" 2)
    read -r w wlo whi < <(stat "$work/$n-$kind" 1)
    files=""
    [[ $kind == files ]] && files=$(wc -l <"$work/n$n/files-export")
    [[ $kind == hugo-files ]] && files=$(wc -l <"$work/n$n/files-hugo")
    echo "| $n | $kind | $c ($clo–$chi) | $w ($wlo–$whi) | $files |"
  done
done
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
