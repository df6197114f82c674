#!/usr/bin/env bash
# Processor time of the site's public BibTeX (BibtexWriter.publicCopy().write, as every publication page
# asks for it) over every publication of one generated portfolio, in rounds, for one or more builds of the
# jar, alternating: the first round is what a full export pays (a fresh JVM), the later ones show the
# steady state. The export JVM's options (C1 only, serial collector); the thread's own processor time,
# which the machine's load moves far less than wall time.
#
#   bench/public-bibtex-cpu.sh JAR [JAR...]        RUNS=2 N=1000 ROUNDS=14
set -euo pipefail
runs=${RUNS:-2}
n=${N:-1000}
rounds=${ROUNDS:-14}
work=$(mktemp -d "${TMPDIR:-/tmp}/public-bibtex-cpu.XXXXXX")
trap 'rm -rf "$work"' EXIT
java -jar "$1" generate --publications "$n" --news 0 --out "$work/portfolio" >/dev/null
cat >"$work/PublicBibtexCpu.java" <<JAVA
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.scholarfolio.bibtex.BibtexWriter;
import org.scholarfolio.model.Publication;
import org.scholarfolio.store.PortfolioStore;

public class PublicBibtexCpu {
    public static void main(String[] args) throws Exception {
        var publications = PortfolioStore.load(Path.of(args[0])).portfolio().publications();
        var threads = ManagementFactory.getThreadMXBean();
        BibtexWriter writer = BibtexWriter.publicCopy();
        long length = 0;
        StringBuilder rounds = new StringBuilder();
        for (int round = 0; round < $rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (Publication p : publications) {
                length += writer.write(p).length();
            }
            rounds.append(round == 0 ? "" : " ").append((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        System.out.println("ms per round: " + rounds + " (" + length + " characters written)");
    }
}
JAVA
javac -d "$work" -cp "$1" "$work/PublicBibtexCpu.java"
echo "N = $n, $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$runs"); do
  for jar in "$@"; do
    echo "$jar: $(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar:$work" PublicBibtexCpu "$work/portfolio")"
  done
done
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
