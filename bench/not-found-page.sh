#!/usr/bin/env bash
# The 404 page as a host serves it: exports the Turing sample with its address on a local server
# under a sub-path (/turing/), serves the folder with a small static server that answers 404.html
# (status 404) for every missing path, as GitHub Pages and Netlify do, and screenshots a missing
# page at three depths in headless Chromium at 1280 px light and 375 px dark.
#
#   bench/not-found-page.sh OUT_DIR        (JAR=target/scholarfolio.jar, PORT=8734)
#
# Prints each address with its HTTP status and the PNG written. Needs Java, python3 and chromium.
set -euo pipefail
out=${1:?usage: bench/not-found-page.sh OUT_DIR}
jar=${JAR:-target/scholarfolio.jar}
port=${PORT:-8734}
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d)
server=
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

java -jar "$jar" export sample-data/alan-turing --out "$work/www" --base-url "http://127.0.0.1:$port/turing/" >/dev/null
cat > "$work/serve.py" <<'PY'
import http.server, os, sys
root, port = sys.argv[1], int(sys.argv[2])
class Site(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=root, **k)
    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith("/turing/"):
            return os.path.join(root, "does-not-exist")
        return super().translate_path(path[len("/turing"):])
    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = open(os.path.join(root, "404.html"), "rb").read()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Site).serve_forever()
PY
python3 "$work/serve.py" "$work/www" "$port" &
server=$!
sleep 1

for missing in no-such-page.html publications/gone/deeper/still.html news/2031/; do
  url="http://127.0.0.1:$port/turing/$missing"
  status=$(python3 -c 'import sys,urllib.request,urllib.error
try: print(urllib.request.urlopen(sys.argv[1]).status)
except urllib.error.HTTPError as e: print(e.code)' "$url")
  name=$(echo "$missing" | tr -c 'a-z0-9\n' '-' | sed 's/-*$//')
  for view in "1280 light" "375 dark"; do
    set -- $view
    png="$out/not-found-$name-$1-$2.png"
    timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
      --disable-component-update --no-first-run --disable-sync --user-data-dir="$work/profile-$1" \
      --hide-scrollbars --force-prefers-color-scheme="$2" --blink-settings=preferredColorScheme=$([[ $2 == dark ]] && echo 0 || echo 1) \
      --window-size="$1,900" --screenshot="$png" "$url" >/dev/null 2>&1
    echo "$url -> $status, $png"
  done
done
