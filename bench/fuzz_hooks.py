"""Schemathesis hooks for the session run of `bench.api_fuzz` (loaded in schemathesis's own
process through `SCHEMATHESIS_HOOKS`).

Logging out and stepping up change the session they are called with: the first logout
would leave every later case unauthenticated, and wrong TOTP codes lock the admin. So
each case of that run gets a session of its own: the run's `Authorization: Bearer FRESH`
header is replaced by the next token of `VEIL_FUZZ_SESSIONS` (a file, one session a
line, created in Veil's process for a throwaway admin). A case sent without the header
(schemathesis checking that authentication is enforced) is left without it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import schemathesis

PLACEHOLDER = "Bearer FRESH"


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


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    headers = case.headers or {}
    for where in (headers, kwargs.get("headers") or {}):
        for name, value in list(where.items()):
            if name.lower() == "authorization" and value == PLACEHOLDER:
                where[name] = f"Bearer {_POOL.take()}"
    if headers:
        case.headers = headers
