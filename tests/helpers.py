"""Small helpers every test folder may import (fixtures live in conftest.py files)."""

from __future__ import annotations

import base64
import os
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent  # the repository
DATA = TESTS / "data"
PAYLOADS = DATA / "whatsapp" / "payloads"  # a copy of Meta-shaped webhook payloads


def random_key() -> str:
    """A fresh 32-byte key, base64, as Veil's key environment variables carry one."""
    return base64.b64encode(os.urandom(32)).decode()
