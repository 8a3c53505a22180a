"""Schemathesis over both generated OpenAPI documents against a real Veil and Redis, as a
service and as a stepped-up admin: any 5xx, an answer whose status, content type, headers
or body the documents do not describe, or an invalid request that is accepted fails.
Logging out, stepping up and reloading recognizers run apart, each case with a fresh
session of a throwaway admin; the stateful phase follows the documents' links and checks
that a created resource exists and a deleted one is gone. Bounded (a few cases per
operation and phase, about three minutes); the big run is
`python -m bench.api_fuzz` (docs/performance.md)."""

from __future__ import annotations

from pathlib import Path

from bench.api_fuzz import fuzz, running_veil
from proxy.detection.detector import Detector


def test_schemathesis_finds_no_server_error_and_no_contract_violation(tmp_path: Path, detector: Detector) -> None:
    # the session's analyzer (`DetectionSettings()`, as `running_veil` would build): its reloads rebuild
    # the same recognizers from the same file, as tests/cli/test_admin.py's reload does
    with running_veil(tmp_path, detector) as veil:
        results = fuzz(veil, tmp_path, examples=4, rounds=1, phases="examples,coverage,fuzzing,stateful", seed=24)
        tokens = (tmp_path / "sessions-0.txt").read_text().split()

        async def logged_out() -> int:
            return len([t for t in tokens[:300] if await veil.apps.runtime.sessions.get(t) is None])

        gone = veil.run(logged_out())
    reloads = [
        line
        for line in (tmp_path / "audit.jsonl").read_text().splitlines()
        if '"recognizers_reload"' in line and '"admin:fuzzer"' in line
    ]
    assert gone > 0 and reloads, (gone, len(reloads))  # the session run's cases were authenticated
    failures = [f"{r.listener}: {f}" for r in results for f in r.failures]
    assert not failures, "\n".join(failures) + "\n" + "\n".join(r.output[-4000:] for r in results if r.failures)
    assert all(r.exit_code == 0 for r in results), [r.output[-4000:] for r in results]
    by_listener = {r.listener: r.cases for r in results}
    assert by_listener["public-0"] > 300 and by_listener["admin-0"] > 1000, by_listener
    # logout, step-up and reload, each case with a session of its own (bench/fuzz_hooks.py)
    assert by_listener["session-0"] > 40, by_listener
