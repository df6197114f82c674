#!/usr/bin/env python3
"""`java -jar`'s first JVM, up to the second JVM's start: its processor time, which a loaded machine changes little.

Runs each command once per round (the order rotates each round) under `perf record`, sampling every thread's
processor time (task-clock, one sample per 0.25 ms of it) and every exec, and prints per run and then as medians:

  span     ms of wall from the first JVM's exec to the next exec by another process (the JDK's helper program,
           or the second JVM itself when it is started directly); "-" when the command started none
  to_spawn the first JVM's processor time (all its threads) up to that exec
  first    the first JVM's processor time over its whole life (what it does after the start competes with the second)
  second   the process the first started: its processor time (the second JVM's, or the helper's and then the JVM's)

The first JVM is the first process whose exec makes it `java`. A command is run by bash, so it can prepare its run
(`rm -rf out && java -jar …`: an export into a folder it already wrote is answered in the first JVM, with no second).

  bench/first-jvm-cpu.py ROUNDS label='command' ...
  e.g. bench/first-jvm-cpu.py 12 bare='java -cp /tmp/h H' \\
         old='rm -rf /tmp/o1 && java -jar /tmp/old/scholarfolio.jar export sample-data/alan-turing --out /tmp/o1' \\
         now='rm -rf /tmp/o2 && java -jar target/scholarfolio.jar export sample-data/alan-turing --out /tmp/o2'

A bare JVM for reference: a class whose main runs `new ProcessBuilder("/bin/true").start().waitFor()`. Run each
command once before timing it, so that its second JVM maps the class archive the first run wrote. Needs Linux, perf
and permission to record (root, or kernel.perf_event_paranoid at most 1 for the exec tracepoint).
"""
import os
import re
import statistics
import subprocess
import sys
import tempfile

PERIOD_NS = 250_000
HEADER = re.compile(r'^\s*(\S.*?)\s+(\d+)/(\d+)\s+([\d.]+):\s+(\S+):')


def one_run(command):
    """(span ms or None, to_spawn ms, first ms, second ms) of one run of command."""
    with tempfile.TemporaryDirectory(prefix='first-jvm-cpu.') as work:
        data = os.path.join(work, 'perf.data')
        subprocess.run(['perf', 'record', '-q', '-o', data, '-e', 'task-clock', '-c', str(PERIOD_NS),
                        '-e', 'sched:sched_process_exec', '-T', '--', 'bash', '-c', command],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        script = subprocess.run(['perf', 'script', '-i', data, '-F', 'comm,pid,tid,time,event'],
                                capture_output=True, text=True).stdout
    events = []
    for line in script.splitlines():
        m = HEADER.match(line)
        if m:
            events.append((m.group(1), int(m.group(2)), float(m.group(4)), m.group(5)))
    first = started = second = None
    for comm, pid, time, event in events:
        if event.startswith('sched:sched_process_exec'):
            if first is None and comm == 'java':
                first, exec_time = pid, time
            elif first is not None and pid != first and second is None:
                second, started = pid, time
    ms = PERIOD_NS / 1e6
    to_spawn = sum(ms for c, pid, t, e in events if e == 'task-clock' and pid == first and (started is None or t <= started))
    whole = sum(ms for c, pid, t, e in events if e == 'task-clock' and pid == first)
    other = sum(ms for c, pid, t, e in events if e == 'task-clock' and second is not None and pid == second)
    span = None if started is None else (started - exec_time) * 1000
    return span, to_spawn, whole, other


def main():
    rounds = int(sys.argv[1])
    starts = [arg.split('=', 1) for arg in sys.argv[2:]]
    results = {label: [] for label, _ in starts}
    for run in range(rounds):
        order = starts[run % len(starts):] + starts[:run % len(starts)]
        row = []
        for label, command in order:
            figures = one_run(command)
            results[label].append(figures)
            span = '-' if figures[0] is None else f'{figures[0]:.0f}'
            row.append(f'{label} {span}/{figures[1]:.0f}/{figures[2]:.0f}/{figures[3]:.0f}')
        with open('/proc/loadavg') as load:
            print(f'run {run + 1}: ' + ', '.join(row) + f' ms (span/to_spawn/first/second), load {load.read().split()[0]}',
                  flush=True)
    print('medians, ms: span / to_spawn / first / second')
    for label, _ in starts:
        columns = list(zip(*results[label]))
        cells = []
        for column in columns:
            values = [v for v in column if v is not None]
            cells.append(f'{statistics.median(values):.0f}' if values else '-')
        print(f'{label}: ' + ' / '.join(cells))


if __name__ == '__main__':
    main()
