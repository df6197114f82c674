#!/usr/bin/env python3
"""One process's threads over time: processor time per thread group in each slice of its life.

  bench/thread-timeline.py [--slice MS] [--every MS] [--phases] [--alone] -- COMMAND ARGS...
  e.g. bench/thread-timeline.py --slice 100 -- target/bundle/Scholarfolio/bin/scholarfolio export P --out D

Runs COMMAND (a launcher that execs its JVM keeps the process id) and reads every thread's
/proc/PID/task/TID/schedstat (processor time and run-queue wait, in ns) and its name every
~EVERY ms (default 2) until the process ends. Prints, per SLICE ms of wall time (default 100),
the processor ms of each thread group (main, the export's page threads, C1/C2, the collector, the
VM thread, the rest), how many ms the process's threads waited for a core, and an estimate of the
slice on a quiet two-core machine: the slice's processor time over min(2, threads that ran in it).
On a loaded machine the estimate, the per-group processor times and their order are the figures
to read; the wall time is the load's. --phases adds, after the slices, the same figures summed over
three phases cut at the first and after the last slice in which a page thread ran: the start (exec
to the pages), the pages, the end (the commit, the manifest, the exit). Linux only; the last few ms of a thread that ends between
two samples are not seen. --alone adds the processor time, per group, of the moments one
thread of the process ran while none other ran or waited for a core: the work with nothing beside
it, which a second core does not shorten (on a loaded machine a thread waiting for a core counts as
beside it, so this holds under load too).
"""
import argparse
import os
import subprocess
import time

GROUPS = [
    ("main", lambda n: n == "main" or n == "java" or n == "scholarfolio"),
    ("pages", lambda n: n.startswith("site-export") and not n.startswith("site-export-look")),
    ("look", lambda n: n.startswith("site-export-look")),
    ("warm-up", lambda n: n.startswith("export-warm-up")),
    ("reader", lambda n: n.startswith("portfolio-load")),
    ("C1", lambda n: n.startswith("C1 ")),
    ("C2", lambda n: n.startswith("C2 ")),
    ("GC", lambda n: n.startswith("GC") or n.startswith("G1") or n.startswith("VM Periodic")),
    ("VM", lambda n: n == "VM Thread"),
]


def group_of(name):
    for group, test in GROUPS:
        if test(name):
            return group
    return "other"


def sample(pid):
    """{tid: (name, cpu_ns, wait_ns)} of the process's threads now; None once it has gone."""
    threads = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return None
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                cpu, wait, _ = f.read().split()
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                name = f.read().strip()
        except (FileNotFoundError, ProcessLookupError, ValueError):
            continue
        threads[tid] = (name, int(cpu), int(wait))
    return threads


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--slice", type=int, default=100)
    parser.add_argument("--every", type=float, default=2)
    parser.add_argument("--phases", action="store_true")
    parser.add_argument("--alone", action="store_true")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    last = {}
    slices = {}  # slice index -> {group: cpu_ns, "wait": ns, "ran": set(tid)}
    alone = {}  # group -> processor ns spent while no other thread of the process ran or waited for a core
    names = {}
    while process.poll() is None:
        now = sample(process.pid)
        if now is None:
            break
        at = int((time.monotonic() - start) * 1000 // args.slice)
        bucket = slices.setdefault(at, {"ran": set()})
        ready = {}
        for tid, (name, cpu, wait) in now.items():
            names[tid] = name
            before = last.get(tid, (name, 0, 0))
            d_cpu, d_wait = cpu - before[1], wait - before[2]
            if d_cpu > 0:
                bucket["ran"].add(tid)
                bucket.setdefault("per", {})[tid] = bucket.get("per", {}).get(tid, 0) + d_cpu
                group = group_of(name)
                bucket[group] = bucket.get(group, 0) + d_cpu
            bucket["wait"] = bucket.get("wait", 0) + max(0, d_wait)
            if d_cpu > 0 or d_wait > 0:
                ready[tid] = (name, d_cpu)
            last[tid] = (name, cpu, wait)
        if len(ready) == 1:
            (name, d_cpu), = ready.values()
            alone[group_of(name)] = alone.get(group_of(name), 0) + d_cpu
        time.sleep(args.every / 1000)
    process.wait()
    wall = (time.monotonic() - start) * 1000
    order = [g for g, _ in GROUPS] + ["other"]
    shown = [g for g in order if any(g in s for s in slices.values())]
    print(f"wall {wall:.0f} ms; exit {process.returncode}; slice {args.slice} ms; processor ms per group")
    print("| from ms | " + " | ".join(shown) + " | all | waited | threads ran | est. quiet ms |")
    print("|---" * (len(shown) + 5) + "|")
    totals = {g: 0 for g in shown}
    total_wait = 0
    estimate = 0.0
    for at in sorted(slices):
        s = slices[at]
        cpu = sum(s.get(g, 0) for g in shown)
        ran = len(s["ran"])
        # Two cores: half the slice's processor time, but no less than its busiest thread's.
        quiet = max(cpu / 2, max(s.get("per", {0: 0}).values())) / 1e6
        estimate += quiet
        total_wait += s.get("wait", 0)
        for g in shown:
            totals[g] += s.get(g, 0)
        print(f"| {at * args.slice} | " + " | ".join(f"{s.get(g, 0) / 1e6:.0f}" for g in shown)
              + f" | {cpu / 1e6:.0f} | {s.get('wait', 0) / 1e6:.0f} | {ran} | {quiet:.0f} |")
    print(f"| whole | " + " | ".join(f"{totals[g] / 1e6:.0f}" for g in shown)
          + f" | {sum(totals.values()) / 1e6:.0f} | {total_wait / 1e6:.0f} | {len(names)} | {estimate:.0f} |")
    if args.phases:
        print_phases(slices, shown)
    if args.alone:
        print()
        print("processor ms of a thread that ran while no other thread of the process ran or waited for a core"
              f" (one sample, ~{args.every:g} ms, at a time): " + ", ".join(
                  f"{g} {alone[g] / 1e6:.0f}" for g in order if g in alone) + f"; all {sum(alone.values()) / 1e6:.0f}")


def quiet_ms(s, shown):
    cpu = sum(s.get(g, 0) for g in shown)
    return max(cpu / 2, max(s.get("per", {0: 0}).values())) / 1e6


def print_phases(slices, shown):
    """The slices summed over the start, the pages and the end (cut where a page thread first and last ran)."""
    paged = [at for at in sorted(slices) if slices[at].get("pages", 0) > 0]
    if not paged:
        print("no page thread ran: no phases")
        return
    phases = [("start", lambda at: at < paged[0]), ("pages", lambda at: paged[0] <= at <= paged[-1]),
              ("end", lambda at: at > paged[-1])]
    print()
    print("| phase | " + " | ".join(shown) + " | all | est. quiet ms |")
    print("|---" * (len(shown) + 3) + "|")
    for phase, inside in phases:
        chosen = [slices[at] for at in sorted(slices) if inside(at)]
        sums = {g: sum(s.get(g, 0) for s in chosen) for g in shown}
        print(f"| {phase} | " + " | ".join(f"{sums[g] / 1e6:.0f}" for g in shown)
              + f" | {sum(sums.values()) / 1e6:.0f} | {sum(quiet_ms(s, shown) for s in chosen):.0f} |")


if __name__ == "__main__":
    main()
