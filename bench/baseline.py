"""False-alarm rate and detection of the per-service baseline (proxy/access/baseline.py).

    python -m bench.baseline [--weeks 20] [--seed 7] [--alpha 0.1] [--k 6] [--min-count 50]

Normal traffic (a generated week per service and seed), counted in 5-minute windows:
- a diurnal curve: a night floor of 5% of the peak rate, rising on a raised cosine
  from 07:00 to a plateau over office hours and falling back by 21:00;
- weekdays at full volume, Saturday and Sunday at 30%;
- each day's volume scaled by a factor drawn uniformly from 0.8–1.2 (busy and quiet days);
- Poisson noise on every window's count.
Three service sizes: peak means of 10, 80 and 800 reveals/uses per window.

Exfiltration: on top of a fresh normal week, a burst starting at a uniformly random
window (day or night, weekday or weekend) adds Poisson(extra) per window for `length`
windows, with extra = multiple × the service's peak mean. Detected means at least one
window of the burst is flagged; "windows to detect" counts from the burst's first window.

Printed: false-alarm rate (flagged windows / judged windows of normal weeks) per size,
and detection rate and median windows-to-detect per size, multiple and length.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from proxy.access.baseline import BaselineParams, BaselineState, fold, is_burst

WINDOW_S = 300
PER_DAY = 86_400 // WINDOW_S
WEEK = 7 * PER_DAY
SIZES = {"small": 10.0, "medium": 80.0, "large": 800.0}
MULTIPLES = (0.5, 1.0, 2.0, 5.0)
LENGTHS = (1, 3, 12)
DEFAULTS = BaselineParams()


def diurnal(hour: float) -> float:
    """Share of the peak rate at this hour of the day (night floor 0.05)."""
    floor = 0.05
    if 7.0 <= hour < 10.0:
        rise = 0.5 - 0.5 * math.cos(math.pi * (hour - 7.0) / 3.0)
        return floor + (1 - floor) * rise
    if 10.0 <= hour < 18.0:
        return 1.0
    if 18.0 <= hour < 21.0:
        fall = 0.5 + 0.5 * math.cos(math.pi * (hour - 18.0) / 3.0)
        return floor + (1 - floor) * fall
    return floor


def poisson(rng: random.Random, lam: float) -> int:
    """Knuth for small means, a rounded normal approximation for large ones."""
    if lam <= 0:
        return 0
    if lam > 60:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    limit, k, p = math.exp(-lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def normal_rates(rng: random.Random, peak: float, days: int = 7) -> list[float]:
    """Expected count per window over `days` days starting on a Monday."""
    rates: list[float] = []
    for day in range(days):
        volume = rng.uniform(0.8, 1.2) * (0.3 if day % 7 >= 5 else 1.0)
        for w in range(PER_DAY):
            rates.append(peak * volume * diurnal(w * WINDOW_S / 3600))
    return rates


def normal_week(rng: random.Random, peak: float) -> list[int]:
    return [poisson(rng, lam) for lam in normal_rates(rng, peak)]


def run(params: BaselineParams, counts: Sequence[int], warm: BaselineState | None = None) -> list[bool]:
    """Whether each window was flagged, judging it against the state before it."""
    state = warm or BaselineState()
    flags: list[bool] = []
    for count in counts:
        flags.append(is_burst(params, state, count))
        state = fold(params, state, count)
    return flags


def warmed(params: BaselineParams, rng: random.Random, peak: float) -> BaselineState:
    """A baseline that has seen one normal day before the measured week (a deployed one)."""
    state = BaselineState()
    for count in normal_week(rng, peak)[-PER_DAY:]:
        state = fold(params, state, count)
    return state


def false_alarm_rate(params: BaselineParams, *, seed: int, weeks: int, peak: float) -> tuple[int, int]:
    """(flagged windows, judged windows) over `weeks` generated normal weeks."""
    rng = random.Random(seed)
    flagged = judged = 0
    for _ in range(weeks):
        flags = run(params, normal_week(rng, peak), warmed(params, rng, peak))
        flagged += sum(flags)
        judged += len(flags)
    return flagged, judged


@dataclass(frozen=True)
class Detection:
    detected: int
    trials: int
    median_windows: float | None


def detection(
    params: BaselineParams, *, seed: int, trials: int, peak: float, multiple: float, length: int
) -> Detection:
    rng = random.Random(seed)
    found: list[int] = []
    for _ in range(trials):
        counts = normal_week(rng, peak)
        start = rng.randrange(0, WEEK - length)
        for w in range(start, start + length):
            counts[w] += poisson(rng, multiple * peak)
        flags = run(params, counts, warmed(params, rng, peak))
        hits = [w - start for w in range(start, start + length) if flags[w]]
        if hits:
            found.append(hits[0] + 1)
    return Detection(len(found), trials, statistics.median(found) if found else None)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weeks", type=int, default=20)
    ap.add_argument("--trials", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--alpha", type=float, default=DEFAULTS.alpha)
    ap.add_argument("--k", type=float, default=DEFAULTS.k)
    ap.add_argument("--min-count", type=int, default=DEFAULTS.min_count)
    args = ap.parse_args(argv)
    params = BaselineParams(alpha=args.alpha, k=args.k, min_count=args.min_count)
    print(f"baseline: window {WINDOW_S}s, alpha {params.alpha}, k {params.k}, min_count {params.min_count}")
    print(f"\nfalse alarms on {args.weeks} normal weeks per size (seed {args.seed})")
    print(f"{'size':8} {'peak/window':>11} {'flagged':>8} {'windows':>8} {'rate':>9} {'per week':>9}")
    for name, peak in SIZES.items():
        flagged, judged = false_alarm_rate(params, seed=args.seed, weeks=args.weeks, peak=peak)
        print(f"{name:8} {peak:11.0f} {flagged:8d} {judged:8d} {flagged / judged:9.5f} {flagged / args.weeks:9.2f}")
    print(f"\ndetection of exfiltration bursts ({args.trials} trials each; extra = multiple x peak mean)")
    print(f"{'size':8} {'multiple':>8} {'length':>6} {'extra/window':>12} {'detected':>9} {'median windows':>15}")
    for name, peak in SIZES.items():
        for multiple in MULTIPLES:
            for length in LENGTHS:
                d = detection(params, seed=args.seed, trials=args.trials, peak=peak, multiple=multiple, length=length)
                med = "-" if d.median_windows is None else f"{d.median_windows:.0f}"
                print(
                    f"{name:8} {multiple:8.1f} {length:6d} {multiple * peak:12.0f} "
                    f"{d.detected / d.trials:9.2f} {med:>15}"
                )


if __name__ == "__main__":
    main()
