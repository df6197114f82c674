#!/bin/bash
# Starts the app image's Java with what jpackage wrote into lib/app/<this launcher's name>.cfg:
# the class path, the main class and the JVM options (the class archives, heap and compiler
# options that build-bundle.sh appends to it included; a cache or archive only if it exists).
#
# It takes the place of jpackage's native Linux launcher, which on every start asks rpm and then
# dpkg which package owns it, twice: on a Debian desktop `dpkg -S` reads the whole package
# database, ~150 ms each time. That was more than half of an unchanged export's time from the
# command line (0.55 s against 0.20 s with this script, measured side by side).
#
# Started through a link (the .deb's /usr/bin/scholarfolio), it finds itself with readlink; otherwise
# its own path serves, and no program but the JVM is started (each one a fork and an exec, a few ms
# of the start each on a loaded machine).
self=${BASH_SOURCE[0]}
if [[ -L $self ]]; then
  self=$(readlink -f "$self")
elif [[ $self != /* ]]; then
  self=$PWD/$self
fi
name=${self##*/}
root=$(cd "${self%/*}/.." && pwd -P)
app=$root/lib/app
cfg=$app/$name.cfg
# The editor's launcher given a command (any arguments but none or `open DIR`: the Launcher's own test
# for the editor) runs it with the command line's launcher's options, the .cfg of the same name in
# lower case (bin/scholarfolio's): `Scholarfolio export` is `scholarfolio export`, its quick compiler,
# serial collector, small heap and class archive, not the editor's G1 and its cache of the editor's
# classes (ADR command-line-launcher-with-its-own-options, session 32).
if [[ $# -gt 0 && ! ($# -eq 2 && $1 == open) && -r $app/${name,,}.cfg ]]; then
  cfg=$app/${name,,}.cfg
fi
if [[ ! -r $cfg ]]; then
  echo "$name: $cfg is missing; reinstall Scholarfolio" >&2
  exit 1
fi
options=() classpath="" main=""
while IFS= read -r line || [[ -n $line ]]; do
  line=${line//\$APPDIR/$app}
  line=${line//\$BINDIR/$root/bin}
  line=${line//\$ROOTDIR/$root}
  case $line in
    app.classpath=*) classpath=${classpath:+$classpath:}${line#app.classpath=} ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    # A cache or archive the package makes at install (postinst) is named only once it is there:
    # Java prints an error on every start for one that is missing (starting without it, slower).
    java-options=-XX:AOTCache=*|java-options=-XX:SharedArchiveFile=*)
      [[ -f ${line#*=*=} ]] && options+=("${line#java-options=}") ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$cfg"
# No graphics device (a virtual display, a container, a remote session): the only OpenGL there is,
# Mesa's software one, is what JavaFX rejects after its probe has mapped it; the editor then picks
# JavaFX's software pipeline itself (cli.SoftwareRendering, by the same test), and GTK is kept from
# mapping it when the display opens: ~50 MB resident less. Not when the person set GDK_GL or chose
# a JavaFX pipeline, nor where a device node a GL driver opens exists.
if [[ -z ${GDK_GL+set} && "${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-}" != *-Dprism.* ]]; then
  shopt -s nullglob
  devices=(/dev/dri/* /dev/nvidia* /dev/dx[g])
  shopt -u nullglob
  if ((${#devices[@]} == 0)) && ! [[ -d /dev/dri && ! -r /dev/dri ]]; then
    export GDK_GL=disable
    options+=(-Dscholarfolio.gdkGlDisabled=true)
  fi
fi
# The editor opening a large portfolio (portfolio.json of 64 MiB or more) runs on Shenandoah: G1's
# pauses while it is read stop the window for 300-600 ms (cli.LargePortfolioCollector, same rule).
if [[ $# -eq 2 && $1 == open ]]; then
  portfolio=$2
  [[ -d $portfolio ]] && portfolio=$portfolio/portfolio.json
  size=$(stat -L -c %s -- "$portfolio" 2>/dev/null || echo 0)
  if ((size >= 64 * 1024 * 1024)); then
    options+=(-XX:+UseShenandoahGC -XX:+UnlockExperimentalVMOptions -XX:ShenandoahUncommitDelay=5000
      -XX:ShenandoahGuaranteedGCInterval=10000)
  fi
fi
exec "$root/lib/runtime/bin/java" "${options[@]}" -Djpackage.app-path="$self" -cp "$classpath" "$main" "$@"
