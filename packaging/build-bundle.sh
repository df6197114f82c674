#!/usr/bin/env bash
# Builds the native bundle of Scholarfolio from what `mvn package` left in target/:
#   1. jlink a small runtime: the JDK modules jdeps finds, plus the JavaFX modules taken from the
#      JavaFX platform jars (their native libraries go into the runtime, not into a user cache);
#   2. a class-data-sharing (CDS) archive for that runtime, from a training run of the CLI;
#   3. jpackage: an app image target/bundle/Scholarfolio/ and, where the platform allows, an
#      installer (.deb on Linux, .dmg on macOS, .msi on Windows) in target/bundle/.
# Run from anywhere, after `mvn -DskipTests package`; `mvn -Pbundle -DskipTests package` runs it for you.
#
# Environment:
#   JAVA_HOME          a JDK 17+ with jmods/, jlink and jpackage (default: the java on PATH)
#   BUNDLE_TYPES       installer types to build after the app image, e.g. "deb rpm"; "none" builds
#                      only the app image (default: deb on Linux, dmg on macOS, msi on Windows)
#   BUNDLE_APP_VERSION version stamped into the installers (default: read from the main jar)
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
target="$project/target"
out="$target/bundle"
main_jar="$target/scholarfolio.jar"
app_name=Scholarfolio

if [[ ! -f "$main_jar" || ! -d "$target/lib" ]]; then
  echo "build-bundle: $main_jar or target/lib is missing; run 'mvn -DskipTests package' first" >&2
  exit 1
fi

if [[ -n "${JAVA_HOME:-}" ]]; then
  jdk_bin="$JAVA_HOME/bin"
else
  jdk_bin=$(dirname "$(readlink -f "$(command -v java)")")
fi
jdk_home=$(dirname "$jdk_bin")
exe=""
case "$(uname -s)" in
  Linux*)  os=linux;   fx_classifier=linux;  native_glob='*.so';    native_dir=lib ;;
  Darwin*) os=macos;   fx_classifier=mac;    native_glob='*.dylib'; native_dir=lib ;;
  MINGW*|MSYS*|CYGWIN*)
           os=windows; fx_classifier=win;    native_glob='*.dll';   native_dir=bin; exe=.exe ;;
  *) echo "build-bundle: unsupported system $(uname -s)" >&2; exit 1 ;;
esac
if [[ $os == macos && $(uname -m) == arm64 ]]; then fx_classifier=mac-aarch64; fi
for tool in jdeps jlink jpackage; do
  if [[ ! -x "$jdk_bin/$tool$exe" ]]; then
    echo "build-bundle: $jdk_bin/$tool is missing; point JAVA_HOME at a full JDK 17+" >&2
    exit 1
  fi
done
if [[ ! -d "$jdk_home/jmods" ]]; then
  echo "build-bundle: $jdk_home/jmods is missing (Debian: apt-get install openjdk-17-jmods)" >&2
  exit 1
fi

step() { printf 'build-bundle: %s (%ss)\n' "$1" "$SECONDS"; }

# Version from the jar manifest, so that the bundle never disagrees with `--version`.
app_version=${BUNDLE_APP_VERSION:-$(unzip -p "$main_jar" META-INF/MANIFEST.MF \
  | sed -n 's/^Implementation-Version: *\([^[:space:]]*\).*/\1/p')}
app_version=${app_version%%-*}   # installers accept only numeric versions (0.1.0-SNAPSHOT -> 0.1.0)

rm -rf "$out"
mkdir -p "$out"

# The JavaFX platform jars become modules of the runtime; the empty per-module jars and the
# platform jars stay off the application class path.
fx_jars=()
fx_modules=()
for jar in "$target"/lib/javafx-*-"$fx_classifier".jar; do
  [[ -f $jar ]] || continue
  fx_jars+=("$jar")
  base=$(basename "$jar")
  base=${base#javafx-}
  fx_modules+=("javafx.${base%%-*}")
done
if [[ ${#fx_jars[@]} -eq 0 ]]; then
  echo "build-bundle: no target/lib/javafx-*-$fx_classifier.jar found" >&2
  exit 1
fi

input="$out/input"
mkdir -p "$input/lib"
cp "$main_jar" "$input/"
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*) continue ;; esac
  cp "$jar" "$input/lib/"
done

# Installers compress their payload (xz in a .deb) far better than deflate does, so the jars go in
# stored, not deflated: the .deb shrinks by ~8 MB, and class loading skips inflating. Signed jars
# keep their bytes, since rewriting the manifest would break their signature.
store_jar() {
  local jar=$1 dir
  if unzip -l "$jar" | grep -qE 'META-INF/[^/]*\.(SF|RSA|DSA|EC)$'; then return; fi
  dir=$(mktemp -d)
  unzip -q "$jar" -d "$dir"
  rm "$jar"
  if [[ -f "$dir/META-INF/MANIFEST.MF" ]]; then
    "$jdk_bin/jar" --create --no-compress --file "$jar" --manifest "$dir/META-INF/MANIFEST.MF" -C "$dir" .
  else
    "$jdk_bin/jar" --create --no-compress --no-manifest --file "$jar" -C "$dir" .
  fi
  rm -rf "$dir"
}
for jar in "$input"/*.jar "$input"/lib/*.jar; do store_jar "$jar"; done

step "finding the JDK modules the application uses"
jdk_modules=$("$jdk_bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$target/lib/*" "$main_jar")
# jdk.crypto.ec: TLS with elliptic-curve ciphers, which most HTTPS servers require (WebView,
# link checks). jdk.localedata stays out: the UI and the exported site are English.
modules="$jdk_modules,jdk.crypto.ec,$(IFS=,; echo "${fx_modules[*]}")"
echo "  modules: $modules"

step "linking the runtime"
module_path="$jdk_home/jmods"
for jar in "${fx_jars[@]}"; do
  if [[ $os == windows ]]; then module_path="$module_path;$jar"; else module_path="$module_path:$jar"; fi
done
runtime="$out/runtime"
"$jdk_bin/jlink" \
  --module-path "$module_path" \
  --add-modules "$modules" \
  --exclude-resources "glob:**$native_glob" \
  --strip-debug --no-header-files --no-man-pages --compress=0 \
  --output "$runtime"
# --compress=0: the installer's own compression does better on the plain modules image
# (.deb: 13 MB for it instead of 28 MB with --compress=2), and starting skips the inflating.

# JavaFX loads its native libraries from the runtime when it finds them there; left inside the
# module it unpacks them into ~/.openjfx/cache on every first start instead.
for jar in "${fx_jars[@]}"; do
  unzip -q -o -j "$jar" "$native_glob" -d "$runtime/$native_dir" 2>/dev/null || true
done

if [[ $os == linux ]] && command -v strip >/dev/null; then
  # Debian's JDK ships its libraries with symbol tables (libjvm.so: 24 MB, 20 MB stripped).
  find "$runtime" -name '*.so' -exec strip --strip-unneeded {} +
fi

step "archiving the classes a start needs (CDS)"
java_rt="$runtime/bin/java$exe"
if [[ $os == windows ]]; then cp_sep=';'; else cp_sep=':'; fi
class_list="$out/classes.lst"
"$java_rt" -Xshare:off -XX:DumpLoadedClassList="$class_list" \
  -cp "$input/scholarfolio.jar$cp_sep$input/lib/*" org.scholarfolio.app.Launcher --help >/dev/null
"$java_rt" -Xshare:off -XX:DumpLoadedClassList="$class_list.version" \
  -cp "$input/scholarfolio.jar$cp_sep$input/lib/*" org.scholarfolio.app.Launcher --version >/dev/null
# Only the runtime's own classes go into the archive: a JDK 17 archive of application classes is
# tied to the absolute class path it was made with, and the installed path differs from this one.
cat "$runtime/lib/classlist" "$class_list" "$class_list.version" | sort -u >"$class_list.all"
"$java_rt" -Xshare:dump -XX:SharedClassListFile="$class_list.all" \
  -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" >"$out/cds-dump.log" 2>&1 || {
  cat "$out/cds-dump.log" >&2
  exit 1
}
rm -f "$class_list" "$class_list.version" "$class_list.all"

step "packaging the app image"
"$jdk_bin/jpackage" --type app-image \
  @packaging/jpackage.cfg @packaging/jpackage-app.cfg @"packaging/$os/jpackage.cfg" \
  --app-version "$app_version" \
  --input "$input" --main-jar scholarfolio.jar \
  --runtime-image "$runtime" \
  --dest "$out"
if [[ $os == macos ]]; then app_image="$out/$app_name.app"; else app_image="$out/$app_name"; fi

default_types=(deb)
[[ $os == macos ]] && default_types=(dmg)
[[ $os == windows ]] && default_types=(msi)
read -r -a types <<<"${BUNDLE_TYPES:-${default_types[*]}}"
if [[ $os == linux ]]; then
  # jpackage reads its Linux overrides under fixed names from one resource directory.
  resources="$out/resources"
  mkdir -p "$resources"
  cp packaging/linux/scholarfolio.desktop "$resources/$app_name.desktop"
  cp packaging/linux/Scholarfolio.png "$resources/$app_name.png"
  cp packaging/linux/postinst packaging/linux/prerm "$resources/"
  package_options=(--resource-dir "$resources")
else
  package_options=()
fi
for type in "${types[@]}"; do
  [[ $type == none ]] && continue
  step "packaging the $type installer"
  "$jdk_bin/jpackage" --type "$type" \
    @packaging/jpackage.cfg @"packaging/$os/jpackage-installer.cfg" \
    --app-version "$app_version" \
    --app-image "$app_image" \
    "${package_options[@]}" \
    --dest "$out"
done

rm -rf "$input" "$runtime"   # both are inside the app image now
step "done"
du -sh "$app_image"
find "$out" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.dmg' -o -name '*.pkg' -o -name '*.msi' -o -name '*.exe' \) -exec ls -l {} \;
