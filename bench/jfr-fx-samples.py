#!/usr/bin/env python3
"""Where the JavaFX thread's time went in a flight recording's stack samples.

The thread's samples are cut into bursts (no sample for more than --pause ms between two); the largest
burst (a long frame, such as the first press of a screen), or every burst over --min samples, is then
told as the methods with the most samples in them (inclusive) and on top (self), and as what the burst
did by phase: the turn before the pulse (events, runLater), the pulse's CSS pass, its layout pass, its
node sync, the WebView's work, the skins made in it. By default the samples taken by the thread's processor
time (jdk.CPUTimeSample: each sample stands for the recording's sampling period of the thread on a core),
as bench/user-start-frames.sh with AGENT_OPTS=-Dsteps.jfr=DIR records them.

  bench/jfr-fx-samples.py FILE.jfr [--event jdk.CPUTimeSample] [--pause 30] [--min 40] [--top 30] [--all]
Needs `jfr` from a JDK on the PATH (or JFR=/path/to/jfr).
"""
import argparse
import collections
import os
import re
import subprocess
from datetime import datetime

# On Linux the JavaFX thread is GTK's main-loop thread, attached to the JVM before JavaFX names it: a recording
# begun before the toolkit's start (UserStartFrames' step-1-2) knows it by its first name.
FX_THREADS = {"JavaFX Application Thread", "GtkNativeMainLoopThread"}
PHASES = [
    ("WebView / WebKit", re.compile(r"\b(WebPage|WebEngine|WebView|URLLoader|twk)")),
    ("CSS pass", re.compile(r"Scene\.doCSSPass")),
    ("layout pass", re.compile(r"Scene\.doLayoutPass")),
    ("node sync / bounds", re.compile(r"synchronizeSceneNodes|Parent\.updateBounds|Scene\$ScenePulseListener\.pulse")),
    ("other: the turn before the pulse (events, runLater)", re.compile(r"")),
]


def samples(path, event):
    jfr = os.environ.get("JFR", "jfr")
    out = subprocess.run([jfr, "print", "--events", event, "--stack-depth", "200", path],
                         check=True, capture_output=True, text=True).stdout
    for block in out.split(event + " {")[1:]:
        thread = re.search(r'(?:sampledThread|eventThread) = "([^"]*)"', block)
        if not thread or thread.group(1) not in FX_THREADS:
            continue
        when = re.search(r"startTime = (\d\d:\d\d:\d\d\.\d+)", block).group(1)
        frames = [m.group(1) for m in re.finditer(r"^\s{4}([\w$.<>/]+)\(", block, re.M)]
        yield datetime.strptime(when[:15], "%H:%M:%S.%f"), frames


def jvm_start(path):
    """The JVM's start as a clock time (from jdk.JVMInformation), or None."""
    jfr = os.environ.get("JFR", "jfr")
    out = subprocess.run([jfr, "print", "--events", "jdk.JVMInformation", path], capture_output=True, text=True).stdout
    found = re.search(r"jvmStartTime = (\d\d:\d\d:\d\d\.\d+)", out)
    return datetime.strptime(found.group(1)[:15], "%H:%M:%S.%f") if found else None


def short(frame):
    parts = frame.split(".")
    return ".".join(parts[-2:])


def bursts(all_samples, pause_ms):
    group = []
    for s in all_samples:
        if group and (s[0] - group[-1][0]).total_seconds() * 1000 > pause_ms:
            yield group
            group = []
        group.append(s)
    if group:
        yield group


def tell(group, top, started):
    start, end = group[0][0], group[-1][0]
    uptime = f" (JVM uptime {(start - started).total_seconds():.3f} s)" if started else ""
    print(f"burst at {start.strftime('%H:%M:%S.%f')[:-3]}{uptime}: {len(group)} samples over "
          f"{(end - start).total_seconds() * 1000:.0f} ms")
    phases = collections.Counter()
    skins = collections.Counter()
    inclusive = collections.Counter()
    self_time = collections.Counter()
    for _, frames in group:
        text = " ".join(frames)
        for name, pattern in PHASES:
            if pattern.search(text):
                phases[name] += 1
                break
        for f in frames:
            if f.endswith("createDefaultSkin"):
                skins[short(f).split(".")[0]] += 1
                break
        for f in set(short(f) for f in frames):
            inclusive[f] += 1
        if frames:
            self_time[short(frames[0])] += 1
    print("  by phase: " + ", ".join(f"{n} {c}" for n, c in phases.most_common()))
    if skins:
        print("  in skins made (createDefaultSkin, by control): " + ", ".join(f"{n} {c}" for n, c in skins.most_common()))
    print(f"  most samples in (inclusive), top {top}:")
    for f, c in inclusive.most_common(top):
        print(f"    {c:5d}  {f}")
    print("  on top (self), top 15:")
    for f, c in self_time.most_common(15):
        print(f"    {c:5d}  {f}")


def main():
    args = argparse.ArgumentParser()
    args.add_argument("file")
    args.add_argument("--pause", type=float, default=30)
    args.add_argument("--min", type=int, default=40)
    args.add_argument("--top", type=int, default=30)
    args.add_argument("--event", default="jdk.CPUTimeSample",
                      help="jdk.CPUTimeSample (by processor time, Java 25 on Linux; default) or jdk.ExecutionSample")
    args.add_argument("--all", action="store_true", help="every burst over --min samples, not only the largest")
    a = args.parse_args()
    found = sorted(samples(a.file, a.event), key=lambda s: s[0])
    print(f"{a.file}: {len(found)} samples of the JavaFX thread")
    groups = list(bursts(found, a.pause))
    if not groups:
        return
    chosen = [g for g in groups if len(g) >= a.min] if a.all else [max(groups, key=len)]
    started = jvm_start(a.file)
    for g in chosen:
        tell(g, a.top, started)


if __name__ == "__main__":
    main()
