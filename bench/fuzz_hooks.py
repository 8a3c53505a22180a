"""Schemathesis hooks for the session run of `bench.api_fuzz` (loaded in schemathesis's own
process through `SCHEMATHESIS_HOOKS`).

Logging out and stepping up change the session they are called with: the first logout
would leave every later case unauthenticated, and wrong TOTP codes lock the admin. So
each case of that run gets a session of its own: an auth provider hands out the next token
of `VEIL_FUZZ_SESSIONS` (a file, one session a line, created in Veil's process for a
throwaway admin). Module state: this runs in schemathesis's process, one run per process.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import schemathesis


class _Pool:
    """The tokens, handed out once each (the last one again if the run outlasts them)."""

    def __init__(self) -> None:
        self.tokens: list[str] = []
        self.next = 0

    def take(self) -> str:
        if not self.tokens:
            self.tokens = Path(os.environ["VEIL_FUZZ_SESSIONS"]).read_text().split()
        token = self.tokens[min(self.next, len(self.tokens) - 1)]
        self.next += 1
        return token


_POOL = _Pool()


@schemathesis.auth(refresh_interval=None)
class FreshSession:
    """An auth provider without caching: a new session for every case. Schemathesis knows it
    set the credential, so its check that authentication is enforced still removes it."""

    def get(self, case: Any, context: Any) -> str:
        return _POOL.take()

    def set(self, case: Any, data: str, context: Any) -> None:
        case.headers = dict(case.headers or {}) | {"Authorization": f"Bearer {data}"}
