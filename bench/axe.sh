#!/usr/bin/env bash
# axe-core on every page of both exported samples, from file:// in Debian's Chromium, at 1280 and
# 375 px in light and dark; with SHOTS=DIR also the screenshots of docs/screenshots/site/.
#
#   bench/axe.sh                                  table of violations per view; exit 1 on any
#   SHOTS=docs/screenshots/site bench/axe.sh      and retake the site screenshots
#
# Needs Java 17, Maven, node/npm, python3 and chromium (CHROME_PATH, default /usr/bin/chromium).
# Installs puppeteer-core and axe-core (AXE_VERSION, default 4.14) into a temporary folder unless
# NODE_MODULES_DIR names one that has them; builds the project first unless SKIP_BUILD=1. The
# Turing sample is always light, so its dark views use a copy that follows the system.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mvn -B -q -DskipTests package
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ -z ${NODE_MODULES_DIR:-} ]]; then
  npm install --prefix "$work/npm" --no-audit --no-fund --silent "puppeteer-core@24" "axe-core@${AXE_VERSION:-4.14}" >/dev/null
  export NODE_MODULES_DIR="$work/npm/node_modules"
fi

cp -r sample-data/alan-turing "$work/turing"
python3 - "$work/turing/portfolio.json" <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
p["site"].setdefault("theme", {})["darkMode"] = "system"
p["site"]["theme"]["showDarkModeToggle"] = True
json.dump(p, open(sys.argv[1], "w"), ensure_ascii=False, indent=2)
PY
java -jar target/scholarfolio.jar export "$work/turing" --out "$work/www/turing" >/dev/null
java -jar target/scholarfolio.jar export sample-data/yihua-zhang --out "$work/www/yihua" >/dev/null

shots=()
if [[ -n ${SHOTS:-} ]]; then
  mkdir -p "$SHOTS"
  shots=(--shots "$(cd "$SHOTS" && pwd)")
fi
node bench/site-browser.mjs "${shots[@]}" "turing=$work/www/turing" "yihua=$work/www/yihua"
