"""The rolling baseline: pure behaviour, and its false-alarm rate on generated normal
traffic stays under the bound docs/monitoring.md states (fixed seed, so reproducible)."""

from __future__ import annotations

import random

from bench.baseline import PER_DAY, SIZES, detection, false_alarm_rate, normal_week
from proxy.access.baseline import BaselineParams, BaselineState, fold, fold_gap, is_burst, threshold

P = BaselineParams()
FALSE_ALARM_BOUND = 0.001  # docs/monitoring.md: under 0.1% of 5-minute windows


def test_nothing_is_judged_while_warming_up() -> None:
    state = BaselineState()
    for _ in range(P.warmup_windows - 1):
        state = fold(P, state, 10)
    assert threshold(P, state) is None and not is_burst(P, state, 10_000)
    state = fold(P, state, 10)
    assert threshold(P, state) == P.min_count  # a quiet service: the floor rules


def test_threshold_follows_the_mean_and_noise() -> None:
    state = BaselineState()
    rng = random.Random(1)
    for _ in range(100):
        state = fold(P, state, int(rng.gauss(1000, 30)))
    limit = threshold(P, state)
    assert limit is not None and 1000 + 6 * 25 < limit < 1000 + 6 * 60
    assert not is_burst(P, state, 1100) and is_burst(P, state, 2000)


def test_a_burst_is_folded_in_capped() -> None:
    state = BaselineState()
    for _ in range(50):
        state = fold(P, state, 100)
    capped = fold(P, state, 100_000)
    assert capped.mean < 100 + P.alpha * (threshold(P, state) or 0)


def test_gaps_decay_the_state() -> None:
    state = BaselineState(mean=500.0, dev=50.0, windows=100)
    after = fold_gap(P, state, 10_000)
    assert after.mean < 1 and after.windows == 10_100


def test_generated_normal_week_stays_under_the_documented_false_alarm_rate() -> None:
    for peak in SIZES.values():
        flagged, judged = false_alarm_rate(P, seed=7, weeks=3, peak=peak)
        assert judged == 3 * 7 * PER_DAY
        assert flagged / judged < FALSE_ALARM_BOUND, (peak, flagged)


def test_generated_week_has_the_documented_shape() -> None:
    counts = normal_week(random.Random(3), 800.0)
    monday, sunday = counts[:PER_DAY], counts[6 * PER_DAY :]
    assert max(monday[:60]) < 100 < min(monday[12 * 12 : 16 * 12])  # nights quiet, office hours busy
    assert sum(sunday) < 0.45 * sum(monday)


def test_a_large_burst_is_detected_in_its_first_window() -> None:
    d = detection(P, seed=11, trials=20, peak=80.0, multiple=2.0, length=3)
    assert d.detected >= 19 and d.median_windows == 1
