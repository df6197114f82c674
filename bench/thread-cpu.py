#!/usr/bin/env python3
"""Every thread's processor time up to the editor's first content, threads that ended before it included.

bench/start-parts.py reads /proc once, at the "first content drawn" line, so a thread that had already ended (the
early read, the icon font's and WebKit's loaders) is missing from its per-thread figures. This polls every thread of
every process of the start every 10 ms and prints, at that line, the last figure seen per thread name (P0 is the
first process: `java -jar`'s first JVM; P1 the editor's), as one JSON line per start.

  DISPLAY=:82 bench/thread-cpu.py LABEL COMMAND...      e.g. bench/thread-cpu.py now java -jar target/scholarfolio.jar
  FLOOR=1 DISPLAY=:82 bench/thread-cpu.py floor java -cp target/scholarfolio.jar:target/test-classes \\
      'org.scholarfolio.app.FirstFrameFloor$Start'       (the floor: no `open <sample>` appended)

The command gets `open <copy of the Turing sample>` appended, and starts as a returning user's (bench/returning-settings.sh),
with the user cache CACHE (default: a folder per LABEL under $TMPDIR, kept, so that a second run maps the class
archive the first wrote). Linux only (/proc); 10 ms is also the kernel's accounting step.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

TICK_MS = 1000 // os.sysconf("SC_CLK_TCK")
HERE = os.path.dirname(os.path.abspath(__file__))


def descendants(root):
    found = [root]
    try:
        for task in os.listdir(f"/proc/{root}/task"):
            with open(f"/proc/{root}/task/{task}/children") as f:
                for child in f.read().split():
                    found += descendants(int(child))
    except OSError:
        pass
    return found


def main():
    label, command = sys.argv[1], sys.argv[2:]
    work = tempfile.mkdtemp(prefix="thread-cpu.")
    cache = os.environ.get("CACHE", os.path.join(tempfile.gettempdir(), "thread-cpu-cache-" + label))
    sample = os.path.join(work, "sample")
    shutil.copytree(os.path.join(HERE, "..", "sample-data", "alan-turing"), sample)
    home = os.path.join(work, "home")
    os.makedirs(home)
    subprocess.run([os.path.join(HERE, "returning-settings.sh"), os.path.join(home, "prefs"), sample], check=True)
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home + "/.config", XDG_DATA_HOME=home + "/.local/share",
               XDG_CACHE_HOME=cache,
               JAVA_TOOL_OPTIONS=f"-Dscholarfolio.firstContent=exit -Djava.util.prefs.userRoot={home}/prefs")
    args = command if os.environ.get("FLOOR") == "1" else command + ["open", sample]
    start = time.time()
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    seen, done = {}, threading.Event()

    def poll():
        while not done.is_set():
            for pid in descendants(process.pid):
                try:
                    tasks = os.listdir(f"/proc/{pid}/task")
                except OSError:
                    continue
                for tid in tasks:
                    try:
                        with open(f"/proc/{pid}/task/{tid}/stat") as f:
                            text = f.read()
                    except OSError:
                        continue
                    rest = text[text.rindex(")") + 2:].split()
                    seen[(pid, tid)] = (text[text.index("(") + 1:text.rindex(")")], (int(rest[11]) + int(rest[12])) * TICK_MS)
            time.sleep(0.01)

    poller = threading.Thread(target=poll)
    poller.start()
    drawn, at_drawn = None, {}
    for line in process.stdout:
        if drawn is None and "first content drawn at" in line:
            drawn, at_drawn = int(line.split()[-1]) - int(start * 1000), dict(seen)
    process.wait()
    done.set()
    poller.join()
    pids = sorted({pid for pid, _ in at_drawn})
    threads = {}
    for (pid, _), (name, cpu) in at_drawn.items():
        key = f"P{pids.index(pid)}:{name}"
        threads[key] = threads.get(key, 0) + cpu
    totals = {f"P{i}": sum(v for k, v in threads.items() if k.startswith(f"P{i}:")) for i in range(len(pids))}
    print(json.dumps({"label": label, "drawn": drawn, "load": float(open("/proc/loadavg").read().split()[0]),
                      "total": totals, "threads": {k: v for k, v in sorted(threads.items(), key=lambda kv: -kv[1]) if v > 0}}))
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
