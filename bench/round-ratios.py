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
"""
import random
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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bench/round-ratios.py LABEL < rounds (\"A B\" a line)")
    print(describe(sys.argv[1], read_pairs(sys.stdin)))
