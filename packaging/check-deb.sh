#!/usr/bin/env bash
# Installs a built .deb on this machine, checks the installed app, and removes the package again:
#   1. dpkg -i: what the postinst printed (one line on stderr per cache or archive it could not make);
#   2. the caches and archives the postinst made are there (Java 25: lib/app/scholarfolio.aot and
#      scholarfolio-cli.jsa; Java 17: lib/app/scholarfolio.jsa, scholarfolio-cli.jsa and the runtime's
#      lib/server/classes.jsa), and each launcher maps its own (Java stops rather than start without it:
#      -XX:AOTMode=on for a Java 25 editor, -Xshare:on otherwise);
#   3. `scholarfolio export` of a copy of the sample, then again unchanged, with nothing on stderr;
#   4. with a DISPLAY: the editor opened on that copy with a fresh HOME, its window looked for and a
#      screenshot of the screen saved (editor.png in the output folder);
#   5. dpkg -r: the launcher link in /usr/bin and everything under /opt/scholarfolio are gone.
# Needs root (dpkg), and replaces an installed scholarfolio package. Run from the project folder:
#   sudo packaging/check-deb.sh [DEB]      (default: the .deb in target/bundle/)
# Environment: DISPLAY (optional, e.g. a virtual one: Xvfb :81 & DISPLAY=:81), OUT (the output folder;
# default: a new one under /tmp), KEEP=1 to leave the package installed.
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
deb=${1:-$(ls "$project"/target/bundle/scholarfolio_*.deb 2>/dev/null | head -n 1)}
if [[ -z $deb || ! -f $deb ]]; then
  echo "check-deb: no .deb given or found in target/bundle (build one: mvn -Pbundle -DskipTests package)" >&2
  exit 1
fi
out=${OUT:-$(mktemp -d /tmp/scholarfolio-check-deb.XXXXXX)}
mkdir -p "$out"
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

echo "check-deb: $deb ($(stat -c %s "$deb") bytes), output in $out"
dpkg -i "$deb" 2>"$out/install.err" >"$out/install.out" || { cat "$out/install.err" >&2; fail "dpkg -i"; }
sed 's/^/  dpkg -i stderr: /' "$out/install.err"
image=/opt/scholarfolio
app=$image/lib/app
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if ((feature >= 25)); then
  made=("$app/scholarfolio.aot" "$app/scholarfolio-cli.jsa")
  editor_check=-XX:AOTMode=on
else
  made=("$app/scholarfolio.jsa" "$app/scholarfolio-cli.jsa" "$image/lib/runtime/lib/server/classes.jsa")
  editor_check=-Xshare:on
fi
for file in "${made[@]}"; do
  [[ -s $file ]] || fail "the postinst did not make $file"
  # made at install, so not a file of the package
  dpkg -S "$file" >/dev/null 2>&1 && fail "$file is in the package"
  echo "  made at install: $file ($(du -h "$file" | cut -f1))"
done
echo "  Java $feature; editor: $(JAVA_TOOL_OPTIONS=$editor_check "$project/packaging/run-editor-jvm.sh" "$image" --version 2>&1 | tr '\n' ' ')"
echo "  command line: $(JAVA_TOOL_OPTIONS=-Xshare:on scholarfolio --version 2>&1 | tr '\n' ' ')"
# The editor's own JVM: bin/Scholarfolio given a command (--version too) runs the command line's.
JAVA_TOOL_OPTIONS=$editor_check "$project/packaging/run-editor-jvm.sh" "$image" --version >/dev/null 2>&1 || fail "the editor's launcher does not map its cache"
JAVA_TOOL_OPTIONS=-Xshare:on scholarfolio --version >/dev/null 2>&1 || fail "the command line does not map its archive"

cp -R "$project/sample-data/alan-turing" "$out/portfolio"
scholarfolio export "$out/portfolio" --out "$out/site" >"$out/export.out" 2>"$out/export.err"
[[ -s $out/site/index.html ]] || fail "the export wrote no index.html"
scholarfolio export "$out/portfolio" --out "$out/site" >"$out/export-again.out" 2>>"$out/export.err"
grep -q ' 0 pages written' "$out/export-again.out" || fail "the second export was not unchanged"
if grep -q . "$out/export.err"; then cat "$out/export.err" >&2; fail "the exports printed on stderr"; fi
echo "  export: $(head -n 1 "$out/export.out")"

if [[ -n ${DISPLAY:-} ]] && command -v xdotool >/dev/null; then
  home=$out/home
  mkdir -p "$home/.config" "$home/.cache" "$home/.local/share"
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache XDG_DATA_HOME=$home/.local/share \
    timeout 300 "$image/bin/Scholarfolio" open "$out/portfolio" >"$out/editor.out" 2>&1 &
  editor=$!
  window=""
  for ((i = 0; i < 240; i++)); do
    window=$(xdotool search --onlyvisible --name Scholarfolio 2>/dev/null | head -n 1 || true)
    [[ -n $window ]] && break
    kill -0 "$editor" 2>/dev/null || break
    sleep 0.5
  done
  if [[ -n $window ]]; then
    sleep 8   # the preview's first page
    import -window root "$out/editor.png" 2>/dev/null || true
    echo "  editor: window $(xdotool getwindowname "$window") shown; screenshot $out/editor.png"
  fi
  kill "$editor" 2>/dev/null || true
  wait "$editor" 2>/dev/null || true
  [[ -n $window ]] || { cat "$out/editor.out" >&2; fail "the editor showed no window"; }
fi

if [[ ${KEEP:-} == 1 ]]; then
  echo "check-deb: OK (left installed)"
  exit 0
fi
dpkg -r scholarfolio >"$out/remove.out" 2>&1 || { cat "$out/remove.out" >&2; fail "dpkg -r"; }
[[ ! -e $image ]] || { find "$image" | head >&2; fail "dpkg -r left files in $image"; }
[[ ! -e /usr/bin/scholarfolio ]] || fail "dpkg -r left /usr/bin/scholarfolio"
echo "check-deb: OK (installed, checked, removed)"
