#!/usr/bin/env python3
"""What the JavaFX thread waited behind: its run-queue waits from a `perf sched record` of the whole machine,
each attributed to what ran on its core meanwhile (the editor's own threads by name, other processes together).

  perf sched record -o sched.data -- sleep 60 &   (as root, or with kernel.perf_event_paranoid <= -1)
  bench/fx-waits.py sched.data EDITOR_PID [SECONDS ...]

For each SECONDS (default: the whole recording), counted from the JavaFX thread's first run: its time on a core,
its time runnable but queued (a wait begins at its wake-up and ends when it runs: `perf sched timehist`'s "sch
delay"), and the part of that time in which each other task ran on the core it then ran on. Behind the editor's
own threads is what the editor's scheduling can change (their nice values, how many run at once); behind other
processes is the machine's load. bench/user-start-frames.sh runs it for each run when SCHED_RECORD=1.
"""
import bisect
import collections
import re
import subprocess
import sys

if len(sys.argv) < 3:
    sys.exit(__doc__)
data, editor = sys.argv[1], int(sys.argv[2])
windows = [float(x) for x in sys.argv[3:]] or [float('inf')]
out = subprocess.run(['perf', 'sched', 'timehist', '-i', data], capture_output=True, text=True, check=True).stdout
# time [cpu] name[tid/pid] wait sch-delay run: one line per task switched out, after running "run" ms.
line = re.compile(r'^\s*(\d+\.\d+)\s+\[(\d+)\]\s+(.*?)\[(\d+)(?:/(\d+))?\]\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$')
runs = []  # (start, end, cpu, name, tid, pid, delay before this run), seconds
for text in out.splitlines():
    m = line.match(text)
    if m:
        end, cpu, name, tid, pid, _, delay, run = m.groups()
        end = float(end)
        runs.append((end - float(run) / 1000, end, int(cpu), name.strip(), int(tid), int(pid or tid), float(delay) / 1000))
fx = [r for r in runs if r[5] == editor and r[3].startswith('JavaFX Applicat')]
if not fx:
    sys.exit(f'no JavaFX thread of process {editor} in {data}')
fx_tid, t0 = fx[0][4], min(r[0] for r in fx)
by_cpu = collections.defaultdict(list)
for r in runs:
    by_cpu[r[2]].append(r)
starts = {}
for cpu, lst in by_cpu.items():
    lst.sort()
    starts[cpu] = [r[0] for r in lst]
for window in windows:
    behind = collections.Counter()
    on_core = waiting = 0.0
    for start, end, cpu, _, _, _, delay in fx:
        if start - t0 > window:
            continue
        on_core += end - start
        waiting += delay
        lo, hi = start - delay, start
        lst = by_cpu[cpu]
        i = max(bisect.bisect_left(starts[cpu], lo) - 1, 0)
        while i < len(lst) and lst[i][0] < hi:
            other = lst[i]
            overlap = min(hi, other[1]) - max(lo, other[0])
            if overlap > 0 and other[4] != fx_tid:
                key = re.sub(r'#?\d+$', '', other[3]) if other[5] == editor else None
                behind[key] += overlap
            i += 1
    own = sum(v for k, v in behind.items() if k is not None)
    span = 'the whole recording' if window == float('inf') else f'the first {window:g} s'
    print(f'JavaFX thread, {span} from its first run: {on_core * 1000:,.0f} ms on a core, {waiting * 1000:,.0f} ms '
          f'waiting: behind the editor\'s own threads {own * 1000:,.0f} ms, behind other processes '
          f'{behind[None] * 1000:,.0f} ms')
    print('    behind: ' + ', '.join(f'{k} {v * 1000:,.0f}' for k, v in behind.most_common() if k is not None and v >= 0.0005))
