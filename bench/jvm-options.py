#!/usr/bin/env python3
"""JVM options for the full export, side by side: alternating runs, each read by thread-timeline.

  bench/jvm-options.py [--runs N] [--raise] [--launcher CMD] PORTFOLIO NAME=OPTIONS [NAME=OPTIONS ...]
  e.g. bench/jvm-options.py --runs 12 --raise --launcher target/bundle/Scholarfolio/bin/scholarfolio \\
         P1k as-built= late='-XX:CompileThresholdScaling=2'

Each variant is the launcher (default: the app image's command line, bin/scholarfolio) with OPTIONS in
JDK_JAVA_OPTIONS, which Java puts in front of the launcher's own options (a diagnostic option needs
-XX:+UnlockDiagnosticVMOptions among them). NAME@COMMAND=OPTIONS runs another command for that variant,
e.g. a script that starts the JVM with an AOT cache instead of the class archive. The first variant is
the reference. Round after round every variant exports PORTFOLIO once, the order reversed every other
round, each into a new folder name (nothing is deleted during the runs: after an rm -rf the kernel's
inode allocator makes new files cost more, see docs/performance.md), and bench/thread-timeline.py
--phases reads each run: processor ms of all threads, of C1, of the page threads and the main thread,
its estimate of a quiet two-core wall, and the wall itself.

--raise runs each export in a session of its own whose scheduling group gets nice -20 (root only): on
a machine loaded by other work, the export's threads then get the cores nearly as on a quiet machine,
while among themselves they are scheduled as usual (the compiler against the page threads). On a loaded
machine without it, the compiler thread waits for a core longer than the page threads do, and options
that make threads wait for the compiler (-XX:-BackgroundCompilation) look better than they are quiet.
It gives the export the cores, not the caches and memory bandwidth that the other work shares: name the reference
twice (ref= again= ...) to see the spread of identical runs before reading a difference (session 34, load 24-30: 0.80 x
and 1.37 x processor time for the same launcher).
Prints a line per run and a table of medians, ranges and ratios to the reference.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
RAISE = ["setsid", "bash", "-c", 'echo -20 >/proc/self/autogroup || exit 9; exec "$@"', "raise"]


def run(command, options, portfolio, out, raise_it):
    env = dict(os.environ)
    env.pop("JDK_JAVA_OPTIONS", None)
    if options:
        env["JDK_JAVA_OPTIONS"] = options
    argv = [sys.executable, os.path.join(HERE, "thread-timeline.py"), "--phases", "--"]
    argv += (RAISE if raise_it else []) + command + ["export", portfolio, "--out", out]
    text = subprocess.run(argv, env=env, capture_output=True, text=True, check=True).stdout
    lines = text.splitlines()
    header = [h.strip() for h in next(l for l in lines if l.startswith("| from ms")).split("|")[1:-1]]
    whole = dict(zip(header, [c.strip() for c in next(l for l in lines if l.startswith("| whole")).split("|")[1:-1]]))
    estimate = sum(float(l.split("|")[-2]) for l in lines if re.match(r"\| (start|pages|end) \|", l))
    return {
        "cpu": float(whole["all"]), "C1": float(whole.get("C1", 0)), "pages": float(whole.get("pages", 0)),
        "main": float(whole.get("main", 0)), "est": estimate,
        "wall": float(re.search(r"wall (\d+) ms", text).group(1)), "load": os.getloadavg()[0],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--raise", dest="raise_it", action="store_true")
    parser.add_argument("--launcher", default="target/bundle/Scholarfolio/bin/scholarfolio")
    parser.add_argument("portfolio")
    parser.add_argument("variants", nargs="+")
    args = parser.parse_args()
    variants = []
    for spec in args.variants:
        name, _, options = spec.partition("=")
        name, _, command = name.partition("@")
        variants.append((name, (command or args.launcher).split(), options))
    results = {name: [] for name, _, _ in variants}
    work = tempfile.mkdtemp(prefix="jvm-options.")
    try:
        for round_ in range(args.runs):
            for name, command, options in (variants if round_ % 2 == 0 else variants[::-1]):
                row = run(command, options, args.portfolio, os.path.join(work, f"{name}-{round_}"), args.raise_it)
                results[name].append(row)
                print(round_, name, " ".join(f"{k} {v:.0f}" if k != "load" else f"load {v:.1f}" for k, v in row.items()),
                      flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def median(name, key):
        return statistics.median(r[key] for r in results[name])

    reference = variants[0][0]
    print()
    print("| variant | runs | processor ms (range) | C1 | page threads | main | est. quiet ms | wall ms |"
          " processor ÷ ref | est. ÷ ref | wall ÷ ref |")
    print("|---" * 11 + "|")
    for name, _, _ in variants:
        rows = results[name]
        print(f"| {name} | {len(rows)} | {median(name, 'cpu'):.0f} ({min(r['cpu'] for r in rows):.0f}–"
              f"{max(r['cpu'] for r in rows):.0f}) | {median(name, 'C1'):.0f} | {median(name, 'pages'):.0f} |"
              f" {median(name, 'main'):.0f} | {median(name, 'est'):.0f} | {median(name, 'wall'):.0f} |"
              f" {median(name, 'cpu') / median(reference, 'cpu'):.3f} | {median(name, 'est') / median(reference, 'est'):.3f} |"
              f" {median(name, 'wall') / median(reference, 'wall'):.3f} |")
    loads = [r["load"] for rows in results.values() for r in rows]
    print(f"load average {min(loads):.1f}–{max(loads):.1f}; --raise {'on' if args.raise_it else 'off'}")


if __name__ == "__main__":
    main()
