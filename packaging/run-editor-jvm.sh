#!/usr/bin/env bash
# Runs the editor's own JVM of an app image (its lib/app/Scholarfolio.cfg's options and class path, read
# as bin/Scholarfolio reads them) with the given arguments, e.g. `--version` under
# JAVA_TOOL_OPTIONS=-XX:AOTMode=on to check that the editor's cache maps. bin/Scholarfolio itself given
# a command (--version too) runs the command line's JVM and its class archive instead (ADR
# command-line-launcher-with-its-own-options, session 32).
#   packaging/run-editor-jvm.sh IMAGE_ROOT [ARGUMENTS...]     (IMAGE_ROOT: target/bundle/Scholarfolio,
#                                                            /opt/scholarfolio)
set -euo pipefail
root=$(cd "$1" && pwd -P)
shift
app=$root/lib/app
options=() classpath="" main=""
while IFS= read -r line || [[ -n $line ]]; do
  line=${line//\$APPDIR/$app}
  line=${line//\$BINDIR/$root/bin}
  line=${line//\$ROOTDIR/$root}
  case $line in
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$app/Scholarfolio.cfg"
exec "$root/lib/runtime/bin/java" "${options[@]}" -cp "$classpath" "$main" "$@"
