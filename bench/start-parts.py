#!/usr/bin/env python3
"""Issue 13's first window, taken apart by process and thread: counts that a loaded machine changes little.

Starts the editor on a copy of the Turing sample with -Dscholarfolio.firstContent=exit, once per start per round
(the order rotates each round, as in bench/first-content.sh), and at its "first content drawn" line reads /proc for
every JVM of the start: `java -jar` has two (the first JVM, which waits, and the editor's, which it started), the app
image's launcher one. Per start it prints, and then as medians per start:

  drawn, painted   ms from exec to the first content drawn / painted (wall time: the load moves it most)
  ui               the JavaFX thread's processor time up to then, as the editor prints it
  fx, fx_flt       the same thread's processor time and minor page faults, from /proc (10 ms steps)
  ed, ed_flt       the editor's JVM: all its threads' processor time and minor faults
  main, main_flt   its main thread (the JVM's start before main: the class archives mapped, and relocated or not)
  gc, jit          its collector threads and compiler threads
  first, first_flt `java -jar`'s first JVM: processor time and faults (its own start, the spawn, its wait)
  spawn            ms from the first JVM's start to the editor JVM's start (/proc start times: 10 ms steps)

  DISPLAY=:81 bench/start-parts.py ROUNDS label='command' ...
  e.g. DISPLAY=:81 bench/start-parts.py 8 old='java -jar /tmp/old/scholarfolio.jar' \\
         now='java -jar target/scholarfolio.jar' launcher=target/bundle/Scholarfolio/bin/Scholarfolio

Each start has a user cache folder of its own for the whole run (CACHE_<label>=folder picks another) and is run
once untimed first (WARMUP=0 skips that), so that `java -jar`'s editor maps the class archive its first start
wrote. THREADS=1 adds every thread's processor time to each start's line. Each command gets `open <sample copy>`
appended. Each starts as a returning user's does, with the settings of earlier runs in place
(bench/returning-settings.sh); RETURNING=0 starts with none. Needs a display (Xvfb) and Linux's /proc.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TICK_MS = 1000 // os.sysconf("SC_CLK_TCK")
SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sample-data", "alan-turing")
FIELDS = ["drawn", "painted", "ui", "fx", "fx_flt", "ed", "ed_flt", "main", "main_flt", "gc", "jit", "first",
          "first_flt", "spawn"]


def proc_stat(path):
    """comm, minor faults, processor time (ms) and start time (ticks) from a /proc stat file."""
    with open(path) as f:
        text = f.read()
    comm = text[text.index("(") + 1:text.rindex(")")]
    rest = text[text.rindex(")") + 2:].split()
    return {"comm": comm, "flt": int(rest[7]), "cpu": (int(rest[11]) + int(rest[12])) * TICK_MS, "start": int(rest[19])}


def threads(pid):
    """Processor time and minor faults per thread name (the kernel's 15-character names) of process pid."""
    by_name = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            st = proc_stat(f"/proc/{pid}/task/{tid}/stat")
        except OSError:
            continue
        total = by_name.setdefault(st["comm"], {"cpu": 0, "flt": 0})
        total["cpu"] += st["cpu"]
        total["flt"] += st["flt"]
    return by_name


def process_tree(root):
    """root and its descendants, parents first, as (pid, stat)."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop(0)
        try:
            found.append((pid, proc_stat(f"/proc/{pid}/stat")))
            for tid in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            continue
    return found


def one_start(work, label, command):
    home = os.path.join(work, "home-" + label)
    sample = os.path.join(work, "sample-" + label)
    shutil.rmtree(home, ignore_errors=True)
    shutil.rmtree(sample, ignore_errors=True)
    os.makedirs(home)
    shutil.copytree(SAMPLE, sample)
    if os.environ.get("RETURNING", "1") == "1":
        subprocess.run([os.path.join(os.path.dirname(os.path.abspath(__file__)), "returning-settings.sh"),
                        home + "/prefs", sample], check=True)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_DATA_HOME=home + "/.local/share",
               XDG_CACHE_HOME=os.environ.get("CACHE_" + label, os.path.join(work, "cache-" + label)),
               JAVA_TOOL_OPTIONS=f"-Dscholarfolio.firstContent=exit -Djava.util.prefs.userRoot={home}/prefs")
    start = time.time()
    process = subprocess.Popen(command.split() + ["open", sample], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    row = {"start": label}
    for line in process.stdout:
        if line.startswith("first content drawn at"):
            row["drawn"] = int(line.split()[-1]) - int(start * 1000)
            jvms = process_tree(process.pid)
            editor_pid, editor = jvms[-1]
            by_thread = threads(editor_pid)
            row.update(ed=editor["cpu"], ed_flt=editor["flt"],
                       fx=by_thread.get("JavaFX Applicat", {}).get("cpu"),
                       fx_flt=by_thread.get("JavaFX Applicat", {}).get("flt"),
                       main=by_thread.get("java", {}).get("cpu"), main_flt=by_thread.get("java", {}).get("flt"),
                       gc=sum(v["cpu"] for k, v in by_thread.items() if k.startswith(("G1", "GC"))),
                       jit=sum(v["cpu"] for k, v in by_thread.items() if "Compiler" in k))
            if os.environ.get("THREADS") == "1":
                row["threads"] = {name: v["cpu"] for name, v in by_thread.items() if v["cpu"] > 0}
            if len(jvms) > 1:
                first = jvms[0][1]
                row.update(first=first["cpu"], first_flt=first["flt"],
                           spawn=(editor["start"] - first["start"]) * TICK_MS)
        elif line.startswith("first content: UI thread processor time"):
            row["ui"] = int(line.split()[-2])
        elif line.startswith("first content painted at"):
            row["painted"] = int(line.split()[-1]) - int(start * 1000)
    process.wait(timeout=300)
    with open("/proc/loadavg") as f:
        row["load"] = float(f.read().split()[0])
    return row


def main():
    if len(sys.argv) < 3 or not os.environ.get("DISPLAY"):
        sys.exit(__doc__)
    rounds = int(sys.argv[1])
    starts = [arg.split("=", 1) for arg in sys.argv[2:]]
    work = tempfile.mkdtemp(prefix="start-parts.")
    try:
        if os.environ.get("WARMUP", "1") == "1":
            for label, command in starts:
                one_start(work, label, command)
        rows = []
        for n in range(rounds):
            for i in range(len(starts)):
                label, command = starts[(i + n) % len(starts)]
                row = one_start(work, label, command)
                row["round"] = n + 1
                rows.append(row)
                print(json.dumps(row), flush=True)
        print("medians: start, rounds, " + ", ".join(FIELDS))
        for label, _ in starts:
            mine = [r for r in rows if r["start"] == label]
            medians = []
            for field in FIELDS:
                values = [r[field] for r in mine if r.get(field) is not None]
                medians.append(f"{statistics.median(values):.0f}" if values else "-")
            print(label, len(mine), " ".join(medians))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
