#!/usr/bin/env python3
"""Paired rounds' ratios with their spread, for benchmarks that run two starts side by side in each round.

Reads one round a line from standard input, "A B" (milliseconds; a round where either is not a number is skipped),
and prints one line for the ratios A / B of the rounds:

  LABEL: median of the rounds' ratios 1.21 (interquartile 1.12-1.30; 95 % interval of the median 1.15-1.27),
         pooled 1.24 (95 % interval 1.17-1.31), first lower in 9 of 16 rounds

- The median of the rounds' ratios divides each start by the other start of its own round, so that a load that
  changes from round to round (another engineer's build starting) moves both sides of a ratio alike.
- "pooled" is the median of the As over the median of the Bs, the figure the benchmark printed before.
- The intervals are percentile bootstrap intervals (rounds resampled with replacement, 4,000 times, a fixed seed,
  so that the same rounds always give the same interval): how far the figure could move with other rounds of the
  same kind. Two figures whose intervals overlap are not told apart by these rounds.

  printf '1100 900\\n1200 1000\\n' | bench/round-ratios.py 'editor / floor, wall'

With --runs, it reads the round lines of one or more outputs of bench/first-content.sh instead ("run 3 (...): floor
W/U/P/R ms, editor ..., before ..."), pools their rounds, and prints the lines that script ends with for them: the
figures over several runs of a sitting (a round where a start failed counts only where both figures are there).

  bench/round-ratios.py --runs sitting-1.txt sitting-2.txt
"""
import random
import re
import statistics
import sys

RESAMPLES = 4000
SEED = 13


def quantile(sorted_values, q):
    """The q-quantile with linear interpolation between the two nearest ranks (R's and numpy's default)."""
    position = (len(sorted_values) - 1) * q
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def interval(pairs, figure):
    """The 95 % percentile bootstrap interval of figure(pairs)."""
    rng = random.Random(SEED)
    n = len(pairs)
    estimates = sorted(figure([pairs[rng.randrange(n)] for _ in range(n)]) for _ in range(RESAMPLES))
    return quantile(estimates, 0.025), quantile(estimates, 0.975)


def median_of_ratios(pairs):
    return statistics.median(a / b for a, b in pairs)


def pooled(pairs):
    return statistics.median(a for a, _ in pairs) / statistics.median(b for _, b in pairs)


def read_pairs(lines):
    pairs = []
    for line in lines:
        fields = line.split()
        if len(fields) == 2 and all(field.isdigit() for field in fields) and int(fields[1]) > 0:
            pairs.append((int(fields[0]), int(fields[1])))
    return pairs


def describe(label, pairs):
    if not pairs:
        return f"{label}: no round with both figures"
    ratios = sorted(a / b for a, b in pairs)
    lower = sum(1 for a, b in pairs if a < b)
    text = f"{label}: median of the rounds' ratios {statistics.median(ratios):.2f}"
    if len(pairs) >= 4:
        low, high = interval(pairs, median_of_ratios)
        pooled_low, pooled_high = interval(pairs, pooled)
        text += (f" (interquartile {quantile(ratios, 0.25):.2f}-{quantile(ratios, 0.75):.2f};"
                 f" 95 % interval of the median {low:.2f}-{high:.2f}),"
                 f" pooled {pooled(pairs):.2f} (95 % interval {pooled_low:.2f}-{pooled_high:.2f})")
    else:
        text += f" (too few rounds for a spread), pooled {pooled(pairs):.2f}"
    return text + f", first lower in {lower} of {len(pairs)} rounds"


# A round line of bench/first-content.sh: each start's wall/UI thread/painted/rendering thread, or n/a, or failed/?/?/?.
ROUND = re.compile(r"^run \d+ \([^)]*\): floor (\S+) ms, editor (\S+) ms, before (\S+) ms")
# The pairs bench/first-content.sh ends with: (label, first start, second start, which of its four figures).
COMPARISONS = [("editor / floor, wall", "editor", "floor", 0), ("editor / floor, UI thread", "editor", "floor", 1),
               ("before / floor, wall", "before", "floor", 0), ("before / floor, UI thread", "before", "floor", 1),
               ("editor / before, wall", "editor", "before", 0), ("editor / before, UI thread", "editor", "before", 1)]


def rounds_of(lines):
    """Each round line's starts as {"floor": ["1252", "479", ...], ...}."""
    found = []
    for line in lines:
        match = ROUND.match(line)
        if match:
            found.append({start: figures.split("/") for start, figures in zip(("floor", "editor", "before"), match.groups())})
    return found


def pooled_runs(paths):
    rounds = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            rounds.extend(rounds_of(f))
    lines = []
    for label, first, second, figure in COMPARISONS:
        if all(len(r[first]) < 4 or len(r[second]) < 4 for r in rounds):
            continue  # no before in these runs
        pairs = read_pairs(f"{r[first][figure]} {r[second][figure]}" for r in rounds
                           if len(r[first]) == 4 and len(r[second]) == 4)
        lines.append(describe(f"rounds, {label}", pairs))
    return lines


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--runs":
        print("\n".join(pooled_runs(sys.argv[2:])))
    elif len(sys.argv) == 2:
        print(describe(sys.argv[1], read_pairs(sys.stdin)))
    else:
        sys.exit("usage: bench/round-ratios.py LABEL < rounds (\"A B\" a line) | bench/round-ratios.py --runs FIRST-CONTENT-OUTPUT...")
