#!/usr/bin/env bash
# Builds the native bundle of Scholarfolio from what `mvn package` left in target/:
#   1. jlink a small runtime: the JDK modules jdeps finds, plus the JavaFX modules taken from the
#      JavaFX platform jars (their native libraries go into the runtime, not into a user cache);
#   2. jpackage: an app image target/bundle/Scholarfolio/ and, where the platform allows, an
#      installer (.deb on Linux, .dmg on macOS, .msi on Windows) in target/bundle/;
#   3. what makes it start fast, learnt from training runs of the CLI and the editor: on a Java 25+
#      runtime the editor's ahead-of-time cache (lib/app/scholarfolio.aot) and the command line's
#      class-data-sharing (CDS) archive (lib/app/scholarfolio-cli.jsa); on Java 17 CDS archives for
#      both. The .deb carries what they are made from, not them: its postinst makes them at install.
#      See ADR 0003 and bundle-runtime-with-aot-cache.
# Run from anywhere, after `mvn -DskipTests package`; `mvn -Pbundle -DskipTests package` runs it for you.
#
# Environment:
#   BUNDLE_JDK         the JDK that links and packages, whose runtime the bundle ships: 17+. It
#                      needs jlink and jpackage, and jmods/ unless it links from its own run-time
#                      image (Temurin 24+ does). Without it, the first of: JAVA_HOME when it is a JDK
#                      25+; the newest JDK 25+ with jlink and jpackage under /usr/lib/jvm (Linux) or
#                      /Library/Java/JavaVirtualMachines (macOS); JAVA_HOME; the java on PATH. So the
#                      bundle ships Java 25 where one is installed, and Java 17 with only a JDK 17
#                      (BUNDLE_JDK=<a JDK 17> builds that one on purpose).
#   BUNDLE_TYPES       installer types to build after the app image, e.g. "deb rpm"; "none" builds
#                      only the app image (default: deb on Linux, dmg on macOS, msi on Windows)
#   BUNDLE_APP_VERSION version stamped into the installers (default: read from the main jar)
#   BUNDLE_DEST        the folder under target/ to build into (default: bundle), e.g. to keep
#                      bundles of two runtimes side by side
set -euo pipefail

project=$(cd "$(dirname "$0")/.." && pwd)
cd "$project"
target="$project/target"
out="$target/${BUNDLE_DEST:-bundle}"
main_jar="$target/scholarfolio.jar"
app_name=Scholarfolio

if [[ ! -f "$main_jar" || ! -d "$target/lib" ]]; then
  echo "build-bundle: $main_jar or target/lib is missing; run 'mvn -DskipTests package' first" >&2
  exit 1
fi

jdk_feature() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
# A JDK 25+ when one is installed: the editor's ahead-of-time cache brings its first window closer
# to a bare JavaFX window's than Java 17's archives do, and the command line's CDS archive on it
# starts as fast as Java 17's (ADR bundle-runtime-with-aot-cache, sessions 25 and 26). Only 25+ is
# looked for, since the cache's options are Java 25's; a JDK 18-24 serves only as BUNDLE_JDK or JAVA_HOME.
newest_jdk_25() {
  local best="" best_feature=0 home feature
  for home in "${JAVA_HOME:-}" /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -n $home && -x $home/bin/jlink && -x $home/bin/jpackage ]] || continue
    feature=$(jdk_feature "$home")
    [[ -n $feature ]] || continue
    if [[ $home == "${JAVA_HOME:-}" && $feature -ge 25 ]]; then echo "$home"; return; fi
    if ((feature >= 25 && feature > best_feature)); then best=$home best_feature=$feature; fi
  done
  [[ -n $best ]] && echo "$best"
}
if [[ -n "${BUNDLE_JDK:-}" ]]; then
  jdk_home=$BUNDLE_JDK
elif jdk_home=$(newest_jdk_25); then
  :
elif [[ -n "${JAVA_HOME:-}" ]]; then
  jdk_home=$JAVA_HOME
else
  jdk_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
jdk_bin="$jdk_home/bin"
feature=$(jdk_feature "$jdk_home")
feature=${feature:-17}
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
# JDKs since 24 may link from their own run-time image (JEP 493) and ship no jmods/.
if [[ -d "$jdk_home/jmods" ]]; then
  jdk_module_path="$jdk_home/jmods"
elif "$jdk_bin/jlink$exe" --help 2>&1 | grep -q 'Linking from run-time image enabled'; then
  jdk_module_path=""
else
  echo "build-bundle: $jdk_home/jmods is missing (Debian: apt-get install openjdk-17-jmods)" >&2
  exit 1
fi
if [[ $feature -ge 25 ]]; then
  start_mode=aot
  echo "build-bundle: runtime from $jdk_home (Java $feature), with an ahead-of-time cache for the editor"
else
  start_mode=cds
  echo "build-bundle: runtime from $jdk_home (Java $feature), with class-data-sharing archives"
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
# The sample the editor opens on its very first start (copied to the user's data folder then).
cp -R sample-data "$input/sample-data"
# JNA serves only `java -jar`'s first JVM (cli.WaiterInPlace); the image's launcher starts the editor
# itself, so its 2 MB of native libraries for every system stay out of the bundle.
for jar in "$target"/lib/*.jar; do
  case "$(basename "$jar")" in javafx-*|jna-*) continue ;; esac
  cp "$jar" "$input/lib/"
done

# Installers compress their payload (xz in a .deb) far better than deflate does, so the jars go in
# stored, not deflated: the .deb shrinks by ~8 MB, and class loading skips inflating. Signed jars
# keep their bytes, since rewriting the manifest would break their signature.
# The asset jars carry far more than the app reads at run time (Font Awesome: its svgs/ for
# the site's icons and metadata/shims.json for version 4 names; KaTeX: dist/katex.min.js only, run in
# Rhino): the rest (other icon metadata, fonts, style sheets, sources) stays out of the bundle. Licence files stay.
drop_unread_assets() {
  local name=$1 dir=$2 webjars=$2/META-INF/resources/webjars
  case "$name" in
    font-awesome-*)
      # svgs/ and the version 4 name map (metadata/shims.json) are all the app reads of it
      find "$webjars"/font-awesome/*/ -mindepth 1 -maxdepth 1 -type d ! -name svgs ! -name metadata -exec rm -rf {} +
      find "$webjars"/font-awesome/*/metadata -type f ! -name shims.json -delete ;;
    katex-*)
      find "$webjars"/katex/*/ -type f ! -path '*/dist/katex.min.js' ! -iname 'LICENSE*' -delete ;;
  esac
}
store_jar() {
  local jar=$1 dir
  if unzip -l "$jar" | grep -qE 'META-INF/[^/]*\.(SF|RSA|DSA|EC)$'; then return; fi
  dir=$(mktemp -d)
  unzip -q "$jar" -d "$dir"
  rm "$jar"
  drop_unread_assets "$(basename "$jar")" "$dir"
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
if [[ $os == windows ]]; then path_sep=';'; else path_sep=':'; fi
module_path=$jdk_module_path
for jar in "${fx_jars[@]}"; do module_path="${module_path:+$module_path$path_sep}$jar"; done
runtime="$out/runtime"
runtime_options=()
if [[ $os == linux ]]; then
  # The threads' priorities: the work beside the window at the lowest, the JDK's own threads at the
  # normal one for root too (packaging/linux/runtime-options says why). In the runtime's own options,
  # not the launchers': given on the command line ThreadPriorityPolicy=1 warns on every start of a user
  # who is not root.
  runtime_options=(--add-options="$(grep -v '^#' packaging/linux/runtime-options | grep . | paste -sd' ')")
fi
"$jdk_bin/jlink" \
  --module-path "$module_path" \
  --add-modules "$modules" \
  "${runtime_options[@]}" \
  --exclude-resources "glob:**$native_glob" \
  --strip-debug --no-header-files --no-man-pages --compress="$([[ $feature -ge 21 ]] && echo zip-0 || echo 0)" \
  --output "$runtime"
# No compression: the installer's own compression does better on the plain modules image
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
# Libraries no start of the app loads, left out for the .deb's size (issue 6's 65 MB): AWT's splash
# screen (java -splash, a SplashScreen-Image in a jar's manifest; Temurin's carries its own image
# decoders, 0.3 MB), and Java 22+'s vectorised sort (libsimdsort, 0.26 MB), which only C2's
# intrinsics call, and both launchers run C1 only; without it Java sorts in Java.
# Nor these (0.72 MB, 0.24 MB after xz), none of them loaded by the editor or an export (-Xlog:library,
# session 27): Java Sound's (javax.sound; the preview's audio and video play through JavaFX's media),
# the native Kerberos bridge (only with -Dsun.security.jgss.native=true), AWT's interface for native
# code (libjawt, which nothing bundled links), and the image operations' accelerated library
# (libmlib_image: AffineTransformOp, ConvolveOp, LookupOp fall back to their Java code without it).
# liblcms stays: reading a JPEG's size (a photo's width and height) loads it when the file carries a
# colour profile, as camera and phone pictures do.
rm -f "$runtime/lib/libsplashscreen.so" "$runtime/lib/libsplashscreen.dylib" "$runtime/lib/libsimdsort.so" \
  "$runtime/lib/libjsound.so" "$runtime/lib/libj2gss.so" "$runtime/lib/libjawt.so" "$runtime/lib/libmlib_image.so"

java_rt="$runtime/bin/java$exe"
if [[ $os == windows ]]; then cp_sep=';'; else cp_sep=':'; fi
# The launcher's own Java options (module exports for ControlsFX), so the runs load what it loads.
launcher_options=()
while read -r option value; do
  [[ $option == --java-options ]] && launcher_options+=("$value")
done <packaging/jpackage-app.cfg
# The command line's own launcher (bin/scholarfolio; scholarfolio-cli where file names ignore case):
# the same application, started with the options of jpackage-cli.cfg (a small heap and the serial
# collector: a run of seconds, not an editor open for hours) and the editor's module exports, so
# that `scholarfolio open` works from it too. ADR command-line-launcher-with-its-own-options.
cli_name=scholarfolio
[[ $os == linux ]] || cli_name=scholarfolio-cli
cli_options=()
while read -r option value; do
  [[ $option == --java-options ]] && cli_options+=("$value")
done <packaging/jpackage-cli.cfg
for option in "${launcher_options[@]}"; do
  case $option in --add-exports=*|--add-opens=*) cli_options+=("$option") ;; esac
done
mode_options=()   # the launcher's further Java options for this runtime
cli_mode_options=()   # the same for the command line's launcher
if [[ $start_mode == aot ]]; then
  # Java 24+ warns on every start when JavaFX loads its native libraries and uses sun.misc.Unsafe
  # unless they are allowed; Java 17 refuses both options. The cache's call adapters are left out:
  # Java 25.0.3 mixes up two of them by a hash collision and warns on every start (JDK-8364929).
  mode_options=(--enable-native-access=javafx.graphics,javafx.media,javafx.web --sun-misc-unsafe-memory-access=allow
    -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching)
  # The command line's launcher maps a CDS archive of the classes its training runs loaded, made with
  # its own module options (without them Java drops the archived module graph) and mapped where it
  # was made: its short runs start faster from it than from an ahead-of-time cache, linked or not (ADR
  # bundle-runtime-with-aot-cache, session 25). Java 25 finds the archive's jars wherever the app
  # image is moved or installed, so it is made once, here; the launcher names it once it exists.
  cli_mode_options=("${mode_options[@]}" -XX:ArchiveRelocationMode=0)
  # The editor's objects with 8-byte headers instead of 12 (JEP 519, a product option from Java 25;
  # Java 17 has no such option): 3.4 MB (6 %) less live heap with 10,000 publications open. Its cache
  # is trained and made with it, as it must be (a cache made without it is refused by a JVM with it).
  # ADR editor-memory-at-rest, session 31.
  mode_options+=(-XX:+UseCompactObjectHeaders)
elif [[ $os == linux ]]; then
  mode_options=(-XX:SharedArchiveFile=\$APPDIR/scholarfolio.jsa)
  # Mapped where it was made instead of at a random address: Java 17 then need not rewrite every
  # pointer of the 60 MB archive at each start (0.1 s and 24 MB of resident memory saved).
  # Its own archive, of the classes the command line's training runs loaded: half the size, and
  # 10 MB less resident memory in a full export than the editor's archive.
  cli_mode_options=(-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
    -XX:SharedArchiveFile=\$APPDIR/scholarfolio-cli.jsa)
fi
# The editor hands the C library's freed memory back every 5 s (10–13 MB less resident at rest with
# 10,000 publications open), where the runtime knows the option (Java 17.0.9, 21.0.1 and later); the
# same rule as java -jar's editor (cli.EditorRelaunch). The command line's short runs need it not.
if "$java_rt" -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
  mode_options+=(-XX:TrimNativeHeapInterval=5000)
fi
training="$out/training"
mkdir -p "$training"
# The editor's training opens it on the sample until its first window is drawn and each screen shown, on a virtual display
# where the build machine has Xvfb (CI machines have no display of their own).
editor_display=yes
wrapper=()   # what the editor's run goes through: a virtual display, a time limit
if command -v xvfb-run >/dev/null; then
  wrapper=(xvfb-run -a -s "-screen 0 1600x1000x24")
elif [[ -z "${DISPLAY:-}" && $os == linux ]]; then
  editor_display=no
fi
if command -v timeout >/dev/null; then wrapper=(timeout 300 "${wrapper[@]}"); fi
no_editor_training() {
  echo "build-bundle: no display for a run of the editor (install xvfb for a virtual one), or it did" >&2
  echo "  not open (its output, if it ran: $out/editor-training.log); the start-up $1 covers" >&2
  echo "  the command line only" >&2
}

# The training runs of the command line and of the editor record the classes they load, on both runtimes.
step "recording the classes a start loads (CDS training runs)"
train_options=()   # Java 25's: no warning about JavaFX's native access in the runs' output
[[ $start_mode == aot ]] && train_options=("${mode_options[@]}")
train_wrapper=()
train() {   # train NAME ARGUMENTS...: one run of the launcher, its classes listed in NAME.classlist
  local name=$1
  shift
  "${train_wrapper[@]}" "$java_rt" -Xshare:off -XX:DumpLoadedClassList="$training/$name.classlist" \
    -Djava.util.prefs.userRoot="$training/prefs" -Dscholarfolio.cacheHome="$training/cache" \
    -Dscholarfolio.startupTiming="${timing:-exit}" "${launcher_options[@]}" "${train_options[@]}" \
    -cp "$input/scholarfolio.jar$cp_sep$input/lib/*" org.scholarfolio.app.Launcher "$@"
}
train help --help >/dev/null
train version --version >/dev/null
train export export sample-data/alan-turing --out "$training/site" >/dev/null
# a generated portfolio (what `scholarfolio generate` gives users to try the app with) exported, as large
# as issue 18's benchmark's: a file of 1 MB or more is read in two parts and a list of more than 250
# papers gets year pages, whose classes and lambdas a 60-paper run never loaded, so every large export
# spun them at run time (52 classes not from the archive, 36 with this size; BENCHMARKS.md, session 27)
train generate generate --publications 1000 --news 500 --out "$training/generated" >/dev/null
train export-generated export "$training/generated" --out "$training/generated-site" >/dev/null 2>&1
# an import reads YAML and BibTeX and writes JSON: the sample written as an al-folio site, read back
train export-alfolio export-alfolio sample-data/alan-turing --out "$training/alfolio-site" >/dev/null
train import import alfolio "$training/alfolio-site" --out "$training/imported" >/dev/null
cli_lists=("$training/help.classlist" "$training/version.classlist" "$training/export.classlist"
  "$training/generate.classlist" "$training/export-generated.classlist"
  "$training/export-alfolio.classlist" "$training/import.classlist")
# The command line's launcher's archive: its training runs only. Java 25's lists number their classes
# (id: N) and name a class before the lines that resolve its constants (@cp): the runs' lists are
# joined in order, each line once, without the numbers, which differ from run to run. Picocli's
# classes are Java 5 class files, which Java 25 archives only unlinked (JDK-8317269): the lines that
# would link them at the dump are left out, or all 140 a --version loads would come from the jar.
java25_list() { grep -v -e '^#' -e '^@[a-z-]* picocli/' | sed -E 's/^([^@ ][^ ]*) id: [0-9]+$/\1/' | awk '!seen[$0]++'; }
# The archive keeps one lambda class per @lambda-proxy line and hands each out once, to the first call site
# that asks: a second call site of the same shape in one class, or one call site that both page threads link
# at the same moment (the first papers' views), had its class made at run time, and the first class made so
# runs the JDK's class-file writer, interpreted (2-4 such classes per export; session 35). The command line's
# list names each lambda twice; the editor's cache links its call sites ahead of time and needs no second.
lambdas_twice() { awk '{ print } /^@lambda-proxy / { print }'; }
if [[ $start_mode == aot ]]; then
  cat "${cli_lists[@]}" | java25_list | lambdas_twice >"$training/scholarfolio-cli.classlist"
else
  cat "${cli_lists[@]}" | grep -v '^#' | sort -u >"$training/scholarfolio-cli.classlist"
fi

train_wrapper=("${wrapper[@]}")
# The editor's run shows each screen in turn (a record selected in each list) before it exits, so that
# the classes and lambdas of screens other than the first one shown (Profile) come from the cache too:
# at 100,000 publications the first press of Publications spun them within a frame of over 100 ms.
if [[ $editor_display == yes ]] \
    && timing=tour train editor open sample-data/alan-turing >"$out/editor-training.log" 2>&1 \
    && grep -q 'first window shown' "$out/editor-training.log"; then
  echo "  editor: $(grep 'first window shown' "$out/editor-training.log")"
else
  no_editor_training "$([[ $start_mode == aot ]] && echo cache || echo archives)"
  rm -f "$training/editor.classlist"
fi
# Java 25: the editor's cache is made from its run's list alone (see below)
[[ $start_mode == aot && -f $training/editor.classlist ]] \
  && java25_list <"$training/editor.classlist" >"$training/scholarfolio-editor.classlist"

if [[ $start_mode == cds ]]; then
  cat "$training"/*.classlist | grep -v '^#' | sort -u >"$training/all.classlist"

  step "archiving the JDK and JavaFX classes a start needs (CDS)"
  # The runtime maps lib/server/classes.jsa by itself, wherever it is installed; only classes of the
  # runtime's own modules go into it (the class-path ones are skipped, with a warning each). On Linux
  # the launcher maps the application archive below instead, so the runtime's archive is only the
  # fallback and covers the command line alone: with the editor's JavaFX classes it grows from 13 to
  # 35 MB, 4 MB more in the .deb.
  runtime_lists=("$training"/*.classlist)
  [[ $os == linux ]] && runtime_lists=("${cli_lists[@]}")
  cat "$runtime/lib/classlist" "${runtime_lists[@]}" | grep -v '^#' | sort -u >"$training/runtime.classlist"
  "$java_rt" -Xshare:dump -XX:SharedClassListFile="$training/runtime.classlist" \
    -XX:SharedArchiveFile="$runtime/lib/server/classes.jsa" >"$out/cds-dump.log" 2>&1 || {
    cat "$out/cds-dump.log" >&2
    exit 1
  }
  if [[ $os == linux ]]; then
    # On Java 17 an archive with the class-path classes as well only works from the absolute path it
    # was made at, so it is made where the app lives: below for this app image, and by the .deb's
    # postinst at the installed path, from this class list. The launcher's options name it.
    cp "$training/all.classlist" "$input/scholarfolio.classlist"
    # The runtime's own archive is made again by the postinst from this list, so the .deb need not
    # carry it (3.8 MB of the .deb).
    cp "$training/runtime.classlist" "$input/runtime.classlist"
    cp "$training/scholarfolio-cli.classlist" "$input/scholarfolio-cli.classlist"
  fi
fi

step "packaging the app image"
java_option_arguments=()
for option in "${mode_options[@]}"; do java_option_arguments+=(--java-options "$option"); done
# jpackage reads an added launcher's options from a properties file, on one line, each quoted.
cli_properties="$out/$cli_name.properties"
{
  printf 'java-options='
  for option in "${cli_options[@]}" "${cli_mode_options[@]}"; do printf '"%s" ' "$option"; done
  printf '\n'
  [[ $os == windows ]] && echo 'win-console=true'
} >"$cli_properties"
"$jdk_bin/jpackage" --type app-image \
  @packaging/jpackage.cfg @packaging/jpackage-app.cfg @"packaging/$os/jpackage.cfg" \
  "${java_option_arguments[@]}" \
  --add-launcher "$cli_name=$cli_properties" \
  --app-version "$app_version" \
  --input "$input" --main-jar scholarfolio.jar \
  --runtime-image "$runtime" \
  --dest "$out"
case $os in   # where jpackage puts the jars and the runtime on each platform
  linux)   app_image="$out/$app_name"; app_dir="$app_image/lib/app"; app_java="$app_image/lib/runtime/bin/java" ;;
  macos)   app_image="$out/$app_name.app"; app_dir="$app_image/Contents/app"
           app_java="$app_image/Contents/runtime/Contents/Home/bin/java" ;;
  windows) app_image="$out/$app_name"; app_dir="$app_image/app"; app_java="$app_image/runtime/bin/java.exe" ;;
esac
app_dir=$(cd "$app_dir" && pwd -P)
if [[ $os == linux ]]; then
  # Both launchers as a script that reads the same .cfg: jpackage's native one asks rpm and dpkg
  # which package owns it on every start (packaging/linux/launcher.sh says what that costs).
  for launcher in "$app_name" "$cli_name"; do
    install -m 755 packaging/linux/launcher.sh "$app_image/bin/$launcher"
  done
  # the native launchers' library, which the scripts do not load (1.7 MB)
  rm -f "$app_image/lib/libapplauncher.so"
fi

# The class path the launcher builds from its .cfg, with $APPDIR filled in: an application class
# archive or AOT cache is only used with the class path it was made with.
launcher_class_path() {
  sed -n 's/^app\.classpath=//p' "$app_dir/$app_name.cfg" | sed "s|\$APPDIR|$app_dir|" | paste -sd "$cp_sep" -
}

if [[ $start_mode == aot ]]; then
  # The editor's ahead-of-time cache, from the classes its training run loaded (opening the sample
  # until its first window is drawn), made with the editor's launcher's own options (a cache holds the
  # options' choices, e.g. the collector): a static archive whose classes are loaded and linked ahead
  # of time (-XX:+AOTClassLinking, what JEP 483's -XX:AOTMode=create makes too). Not from an AOT
  # configuration (-XX:AOTMode=record): that file is as large as the cache (45 MB, 8.2 MB after xz
  # against the cache's 7.7 MB), and the profiles it adds serve C2, which the editor does not run.
  # The command line's archive, from its training runs' class list with its launcher's own options.
  # On Linux the class lists stay in the app image (lib/app/scholarfolio-editor.classlist,
  # scholarfolio-cli.classlist): the .deb's postinst makes the cache and the archive from them at
  # install, by these same commands, and the .deb carries neither (15 MB after xz). Elsewhere the
  # installers carry the made files (Java 25 finds their jars wherever the app image is installed).
  # A launcher's .cfg names its cache or archive; the Linux launcher script hands Java only one that exists.
  step "archiving the classes of the editor (AOT cache) and of the command line (CDS)"
  aot_class_path=$(launcher_class_path)
  rm -f "$app_dir/scholarfolio.aot" "$app_dir/scholarfolio-cli.jsa"
  # dump FILE LIST LOG WHAT LAUNCHER [JAVA OPTION...]: lib/app/FILE made from the classes of LIST with
  # the launcher's options, its size printed; when it cannot be made none is left, and a line says
  # that LAUNCHER starts without WHAT (its log: LOG in the bundle's folder).
  dump() {
    local file=$1 list=$2 log=$out/$3 what=$4 launcher=$5
    shift 5
    if "$app_java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$app_dir/$file" "$@" \
        -cp "$aot_class_path" >"$log" 2>&1; then
      du -h "$app_dir/$file" | sed 's/^/  /'
    else
      rm -f "$app_dir/$file"
      echo "build-bundle: $what $file could not be made (see $log); $launcher starts without" >&2
    fi
  }
  if [[ -f $training/scholarfolio-editor.classlist ]]; then
    [[ $os == linux ]] && cp "$training/scholarfolio-editor.classlist" "$app_dir/"
    dump scholarfolio.aot "$training/scholarfolio-editor.classlist" aot-dump-scholarfolio.log \
      "the ahead-of-time cache" "$app_name" -XX:+AOTClassLinking "${launcher_options[@]}" "${mode_options[@]}"
  fi
  if [[ -f "$app_dir/scholarfolio.aot" || -f $app_dir/scholarfolio-editor.classlist ]]; then
    echo "java-options=-XX:AOTCache=\$APPDIR/scholarfolio.aot" >>"$app_dir/$app_name.cfg"
  fi
  [[ $os == linux ]] && cp "$training/scholarfolio-cli.classlist" "$app_dir/"
  dump scholarfolio-cli.jsa "$training/scholarfolio-cli.classlist" appcds-dump-scholarfolio-cli.log \
    "the class archive" "$cli_name" "${cli_options[@]}" "${cli_mode_options[@]}"
  if [[ -f "$app_dir/scholarfolio-cli.jsa" || $os == linux ]]; then
    echo "java-options=-XX:SharedArchiveFile=\$APPDIR/scholarfolio-cli.jsa" >>"$app_dir/$cli_name.cfg"
  fi
fi

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
# What a .deb's postinst makes at install from the inputs beside it stays out of the package (the
# app image keeps it): the runtime's class archive (Java 17, from lib/app/runtime.classlist), the
# editor's cache and the command line's archive (Java 25, from scholarfolio-editor.classlist and
# scholarfolio-cli.classlist; on Java 17 the postinst makes the application archives anyway).
made_at_install=()
[[ -f $app_dir/runtime.classlist ]] && made_at_install+=("$app_image/lib/runtime/lib/server/classes.jsa")
[[ -f $app_dir/scholarfolio-editor.classlist ]] && made_at_install+=("$app_dir/scholarfolio.aot")
[[ $start_mode == aot && -f $app_dir/scholarfolio-cli.classlist ]] && made_at_install+=("$app_dir/scholarfolio-cli.jsa")
aside="$out/made-at-install"
for type in "${types[@]}"; do
  [[ $type == none ]] && continue
  step "packaging the $type installer"
  set_aside=()
  if [[ $type == deb ]]; then
    mkdir -p "$aside"
    for file in "${made_at_install[@]}"; do
      [[ -f $file ]] || continue
      mv "$file" "$aside/$(basename "$file")"
      set_aside+=("$file")
    done
  fi
  # dpkg-deb's xz at its highest level (a 64 MiB window instead of 8 MiB) for the .deb: the runtime's
  # large files repeat themselves farther apart than the default sees. dpkg 1.21.10+ reads the level
  # from the environment; DPKG_DEB_COMPRESSOR_LEVEL set by the caller wins.
  DPKG_DEB_COMPRESSOR_LEVEL=${DPKG_DEB_COMPRESSOR_LEVEL:-9} "$jdk_bin/jpackage" --type "$type" \
    @packaging/jpackage.cfg @"packaging/$os/jpackage-installer.cfg" \
    --app-version "$app_version" \
    --app-image "$app_image" \
    "${package_options[@]}" \
    --dest "$out"
  for file in "${set_aside[@]}"; do mv "$aside/$(basename "$file")" "$file"; done
  rm -rf "$aside"
done

if [[ $start_mode == cds && $os == linux ]]; then
  step "archiving the application's classes for this app image (AppCDS)"
  for archive in scholarfolio scholarfolio-cli; do   # the editor's launcher's, the command line's
    if "$app_java" -Xshare:dump -XX:SharedClassListFile="$app_dir/$archive.classlist" \
        -XX:SharedArchiveFile="$app_dir/$archive.jsa" -cp "$(launcher_class_path)" \
        >"$out/appcds-dump-$archive.log" 2>&1; then
      du -h "$app_dir/$archive.jsa" | sed 's/^/  /'
    else
      echo "build-bundle: the class archive $archive.jsa could not be made (see $out/appcds-dump-$archive.log)" >&2
    fi
  done
fi

rm -rf "$input" "$runtime" "$training" "$cli_properties"   # the app image has all it needs
step "done"
du -sh "$app_image"
find "$out" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.rpm' -o -name '*.dmg' -o -name '*.pkg' -o -name '*.msi' -o -name '*.exe' \) -exec ls -l {} \;
