#!/usr/bin/env bash
# Issue 18's "unchanged export ≤ 0.3 × a Hugo build", whole process, alternating run by run:
# Hugo building the generated Hugo site of N publications, then Scholarfolio exporting the same
# portfolio into a folder it exported into before (nothing changed) with `java -jar`, the same
# through picocli (the arguments in an @file, which the early check leaves to the command line:
# how every unchanged export ran before that check), and the app image's launcher when
# target/bundle holds one. Prints median and range of wall and processor time, and peak RSS, with
# each median as a ratio of Hugo's.
#
#   bench/unchanged-export.sh [RUNS] [N]      default 7 runs, N = 1000; needs `mvn package` and
#                                             the test classes (`mvn test-compile`) and Hugo
set -euo pipefail
project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
runs=${1:-7}
n=${2:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/unchanged-export.XXXXXX")
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
java -cp "target/test-classes:target/scholarfolio.jar:target/lib/*" org.scholarfolio.site.bench.ExportBenchmark \
  generate "$work" "$n" $((n / 2)) >/dev/null
launcher=target/bundle/Scholarfolio/bin/Scholarfolio
cli_launcher=target/bundle/Scholarfolio/bin/scholarfolio
tools=(hugo jar picocli)
[[ -x $launcher ]] && tools+=(launcher)
[[ -x $cli_launcher ]] && tools+=(cli)
printf '%s\n' export "$work/portfolio" --out "$work/site-picocli" >"$work/args"
command_of() {
  case $1 in
    hugo) echo hugo --quiet --source "$work/hugo" --destination "$work/site-hugo" ;;
    jar) echo java -jar target/scholarfolio.jar export "$work/portfolio" --out "$work/site-jar" ;;
    picocli) echo java -jar target/scholarfolio.jar "@$work/args" ;;
    launcher) echo "$launcher" export "$work/portfolio" --out "$work/site-launcher" ;;
    cli) echo "$cli_launcher" export "$work/portfolio" --out "$work/site-cli" ;;
  esac
}
for tool in "${tools[@]}"; do $(command_of "$tool") >/dev/null 2>&1; done   # the first, full exports
for _ in $(seq "$runs"); do
  for tool in "${tools[@]}"; do
    [[ $tool == hugo ]] && rm -rf "$work/site-hugo"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" $(command_of "$tool") >"$work/out" 2>&1
    [[ $tool == hugo ]] || grep -q ' 0 pages written' "$work/out" || { cat "$work/out"; exit 1; }
    awk '{ printf "%d %d %d\n", $1 * 1000, ($2 + $3) * 1000, $4 }' "$work/time" >>"$work/times-$tool"
  done
done
med() { cut -d' ' -f"$2" "$work/times-$1" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1], v[NR] }'; }
echo "$runs runs each, alternating, N = $n; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg); $(hugo version | cut -d' ' -f2)"
echo
echo "| | wall | cpu | peak RSS |"
echo "|---|---|---|---|"
read -r hw _ _ < <(med hugo 1)
read -r hc _ _ < <(med hugo 2)
for tool in "${tools[@]}"; do
  read -r w wl wh < <(med "$tool" 1)
  read -r c cl ch < <(med "$tool" 2)
  read -r m _ _ < <(med "$tool" 3)
  case $tool in
    hugo) label="Hugo build" ;; jar) label='`java -jar` export, nothing changed' ;;
    picocli) label='the same through picocli (before the early check)' ;; launcher) label="launcher export, nothing changed" ;;
    cli) label='`scholarfolio` (command-line launcher), nothing changed' ;;
  esac
  awk -v l="$label" -v w="$w" -v wl="$wl" -v wh="$wh" -v c="$c" -v cl="$cl" -v ch="$ch" -v m="$m" -v hw="$hw" -v hc="$hc" \
    'BEGIN { printf "| %s | %.2f s (%.2f–%.2f), %.2f × | %.2f s (%.2f–%.2f), %.2f × | %d MB |\n",
      l, w / 1000, wl / 1000, wh / 1000, w / hw, c / 1000, cl / 1000, ch / 1000, c / hc, m / 1024 }'
done
