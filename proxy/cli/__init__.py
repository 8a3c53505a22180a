"""The `veil` command: `serve` (the composition root's caller), the offline commands
(keys, config check, recognizers test, audit verify, admin bootstrap), and the admin-API
clients privacy officers use.
"""

from __future__ import annotations

__all__ = []
