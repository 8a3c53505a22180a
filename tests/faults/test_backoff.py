"""Reconnection backoff: exponential, jittered, capped (pure; the outage tests use it live)."""

from __future__ import annotations

from proxy.kv.streams import reconnect_delay_s


def test_reconnect_delay_grows_with_jitter_and_is_capped() -> None:
    firsts = [reconnect_delay_s(1, 0.1) for _ in range(200)]
    assert all(0.05 <= d <= 0.1 for d in firsts) and len(set(firsts)) > 100  # equal jitter: not lockstep
    assert all(0.4 <= reconnect_delay_s(4, 0.1) <= 0.8 for _ in range(50))
    assert all(2.5 <= reconnect_delay_s(n, 0.1) <= 5.0 for n in (7, 30, 10_000) for _ in range(50))
    assert all(1.0 <= reconnect_delay_s(50, 1.0, cap_s=2.0) <= 2.0 for _ in range(50))
