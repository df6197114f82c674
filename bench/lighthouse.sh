#!/usr/bin/env bash
# Lighthouse on the exported samples, as the site's acceptance check: the home page, the
# publication list and one paper page of sample-data/alan-turing and sample-data/yihua-zhang,
# desktop and mobile, every category at least MIN_SCORE (default 95).
#
#   bench/lighthouse.sh            prints a table of scores; exits 1 when one is below MIN_SCORE
#
# Needs Java 17, Maven, node/npm, python3 and Debian's chromium (CHROME_PATH, default
# /usr/bin/chromium). Installs npm's lighthouse (LIGHTHOUSE_VERSION, default 12) into a temporary
# folder; builds the project first unless SKIP_BUILD=1. The sites are served on 127.0.0.1 only.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
min=${MIN_SCORE:-95}
port=${PORT:-8765}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
for tool in java node npm python3 "$CHROME_PATH"; do
  command -v "$tool" >/dev/null || { echo "lighthouse: $tool is missing" >&2; exit 1; }
done
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mvn -B -q -DskipTests package
fi

work=$(mktemp -d)
server=""
cleanup() {
  [[ -n $server ]] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

lighthouse=${LIGHTHOUSE_BIN:-}
if [[ -z $lighthouse ]]; then
  npm install --prefix "$work/npm" --no-audit --no-fund --silent "lighthouse@${LIGHTHOUSE_VERSION:-12}" >/dev/null
  lighthouse="$work/npm/node_modules/.bin/lighthouse"
fi

base="http://127.0.0.1:$port"
for sample in alan-turing yihua-zhang; do
  java -jar target/scholarfolio.jar export "sample-data/$sample" --out "$work/www/$sample" \
      --base-url "$base/$sample/" >/dev/null
done
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/www" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do
  curl -fs "$base/alan-turing/index.html" >/dev/null 2>&1 && break
  sleep 0.2
done

# the home page, the publication list and the first paper page of a sample, those it has
pages() {
  echo "$1/"
  if [[ -f $work/www/$1/publications/index.html ]]; then
    echo "$1/publications/"
    find "$work/www/$1/publications" -mindepth 2 -name index.html | sort | head -1 \
        | sed -e "s#$work/www/##" -e 's#index.html$##'
  fi
}

failed=0
printf '| page | form factor | performance | accessibility | best practices | SEO |\n|---|---|---|---|---|---|\n'
for sample in alan-turing yihua-zhang; do
  for page in $(pages "$sample"); do
    for form in mobile desktop; do
      preset=()
      [[ $form == desktop ]] && preset=(--preset=desktop)
      report="$work/report.json"
      "$lighthouse" "$base/$page" "${preset[@]}" --quiet --output=json --output-path="$report" \
          --only-categories=performance,accessibility,best-practices,seo \
          --chrome-flags="--headless --no-sandbox --disable-gpu" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        exit 1
      }
      row=$(node -e '
        const r = require(process.argv[1]);
        const ids = ["performance", "accessibility", "best-practices", "seo"];
        const s = ids.map(id => Math.round(r.categories[id].score * 100));
        console.log(s.join(" "));
      ' "$report")
      read -r perf a11y best seo <<<"$row"
      printf '| %s | %s | %s | %s | %s | %s |\n' "$page" "$form" "$perf" "$a11y" "$best" "$seo"
      for score in $perf $a11y $best $seo; do
        if (( score < min )); then
          failed=1
          node -e '
            const r = require(process.argv[1]);
            for (const [id, c] of Object.entries(r.categories)) {
              for (const ref of c.auditRefs) {
                const a = r.audits[ref.id];
                if (ref.weight > 0 && a.score !== null && a.score < 1) {
                  console.error(`  ${process.argv[2]} ${id}: ${a.id} (${a.score}) ${a.title}`);
                }
              }
            }
          ' "$report" "$page $form" >&2
        fi
      done
    done
  done
done
if (( failed )); then
  echo "lighthouse: some score is below $min (the audits that cost points are listed above)" >&2
fi
exit $failed
