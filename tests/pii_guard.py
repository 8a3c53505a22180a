"""A pytest plugin that fails a test when a PII value of its test data shows up in logs,
the audit sink or /metrics (registered by tests/conftest.py: `pytest_plugins`).

- `pii_values` (session): the registry of PII strings, seeded with every PII field of
  tests/data/whatsapp/payloads, a copy of shared/whatsapp/payloads (names, wa_ids, BSUIDs, phones, e-mails, addresses,
  wamids, message texts); tests add their own with `pii_values.add("Maria Rossi", ...)`.
- `pii_guard` (function): captures every log record raw (before Veil's mask filter:
  the filter is a net, not a licence to log values) at INFO and above, and Veil's own
  loggers at DEBUG; at teardown it also reads any `*.jsonl` under the test's
  `tmp_path` (the audit sink there) and the exposition of every `Metrics` handed to
  `pii_guard.watch_metrics(...)`, plus files given to `watch_file(...)`. Any PII
  value found fails the test, naming where (the value is shown only by a short prefix).
- It is autouse for tests marked `@pytest.mark.e2e` and for everything under
  tests/server, tests/e2e, tests/inbound and tests/outbound.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest
from pythonjsonlogger.json import JsonFormatter

from tests.helpers import PAYLOADS

GUARDED_DIRS = ("server", "e2e", "inbound", "outbound")
MIN_LEN = 5
# Payload fields that hold a customer's data (docs/design.md, Data model; REFERENCE.md §5).
PII_KEYS = frozenset(
    {
        "address",
        "birthday",
        "body",
        "caption",
        "city",
        "email",
        "first_name",
        "formatted_name",
        "from",
        "from_user_id",
        "input",
        "last_name",
        "middle_name",
        "name",
        "phone",
        "recipient_id",
        "recipient_user_id",
        "street",
        "text",
        "to",
        "to_user_id",
        "user_id",
        "username",
        "wa_id",
        "recipient_participant_id",
    }
)
# Values under PII_KEYS that are not a customer's data (types, the business's own names …).
NOT_PII = frozenset(
    {"whatsapp", "individual", "text", "lucky", "shrub", "lucky shrub", "lucky shrub support", "support@luckyshrub.com"}
)
_CODE_NAME = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")  # template, button and flow names
_WAMID = re.compile(r"wamid\.[A-Za-z0-9_=+/-]{20,}")
_DIGIT_GAPS = re.compile(r"(?<=\d)[\s().+-]{1,3}(?=\d)")


class _Renders(Protocol):
    def render(self) -> bytes: ...


class PiiValues:
    """Known PII strings; matching is case-insensitive, digits also without separators."""

    def __init__(self) -> None:
        self._values: set[str] = set()

    def add(self, *values: str) -> None:
        for value in values:
            v = value.strip()
            if len(v) < MIN_LEN or v.lower() in NOT_PII or _CODE_NAME.fullmatch(v):
                continue
            self._values.add(v.lower())
            digits = re.sub(r"\D", "", v)
            if len(digits) >= 7 and len(digits) >= len(v) * 0.6:
                self._values.add(digits)

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, value: str) -> bool:
        return value.lower() in self._values

    def found_in(self, text: str) -> list[str]:
        low = text.lower()
        joined = _DIGIT_GAPS.sub("", low)  # "+1 (650) 555-1234" also as "16505551234"
        return sorted(v for v in self._values if (v in low or v in joined) and self._stands_alone(v, low))

    @staticmethod
    def _stands_alone(value: str, low: str) -> bool:
        """A one-word value ("pablo") counts only as a word of its own: tokens are lower-case
        base32, so ten thousand of them in an audit file spell a five-letter name by chance."""
        if not value.isalpha():
            return True
        return re.search(rf"(?<![^\W_]){re.escape(value)}(?![^\W_])", low) is not None


def payload_values(folder: Path = PAYLOADS) -> Iterator[str]:
    """Every PII string in the shared payloads (including JSON nested in strings)."""

    def walk(node: Any, key: str = "") -> Iterator[str]:
        if isinstance(node, dict):
            for k, v in node.items():
                if k != "metadata":  # the business's own numbers are not PII
                    yield from walk(v, k)
        elif isinstance(node, list):
            for v in node:
                yield from walk(v, key)
        elif isinstance(node, str):
            if key == "response_json":
                try:
                    yield from walk(json.loads(node))
                except ValueError:
                    pass
            if key in PII_KEYS:
                yield node
            yield from _WAMID.findall(node)

    business: set[str] = set()

    def numbers(node: Any) -> None:
        if isinstance(node, dict):
            meta = node.get("metadata")
            if isinstance(meta, dict):
                business.update(str(v) for v in meta.values())
            for v in node.values():
                numbers(v)
        elif isinstance(node, list):
            for v in node:
                numbers(v)

    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]
    for doc in docs:
        numbers(doc)
    for doc in docs:
        yield from (v for v in walk(doc) if v not in business)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(self.format(record))
        except Exception:  # noqa: BLE001 - a record that cannot be formatted: keep its parts
            self.lines.append(f"{record.msg} {record.args}")


class PiiGuard:
    def __init__(self, values: PiiValues, tmp_path: Path | None) -> None:
        self.values = values
        self._tmp = tmp_path
        self._files: list[Path] = []
        self._metrics: list[_Renders] = []
        self._capture = _Capture()
        self._levels: list[tuple[logging.Logger, int]] = []

    def watch_file(self, path: Path) -> None:
        self._files.append(path)

    def watch_metrics(self, metrics: _Renders) -> None:
        self._metrics.append(metrics)

    def start(self) -> None:
        root, veil = logging.getLogger(), logging.getLogger("veil")
        self._levels = [(root, root.level), (veil, veil.level)]
        root.setLevel(min(root.level or logging.WARNING, logging.INFO))
        veil.setLevel(logging.DEBUG)
        root.addHandler(self._capture)

    def stop(self) -> None:
        logging.getLogger().removeHandler(self._capture)
        for logger, level in self._levels:
            logger.setLevel(level)

    def sources(self) -> Iterable[tuple[str, str]]:
        for i, line in enumerate(self._capture.lines):
            yield f"log record {i}", line
        files = list(self._files)
        if self._tmp is not None:
            files += sorted(self._tmp.rglob("*.jsonl"))
        for path in files:
            if path.is_file():
                yield str(path), path.read_text(encoding="utf-8", errors="replace")
        for i, metrics in enumerate(self._metrics):
            yield f"metrics {i}", metrics.render().decode()

    def findings(self) -> list[str]:
        out = []
        for where, text in self.sources():
            for value in self.values.found_in(text):
                out.append(f"{where}: PII value {value[:3]}… ({len(value)} chars)")
        return out


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: end-to-end test; logs, audit sink and metrics are checked for PII")


@pytest.fixture(scope="session")
def pii_values() -> PiiValues:
    values = PiiValues()
    values.add(*payload_values())
    return values


@pytest.fixture
def pii_guard(request: pytest.FixtureRequest, pii_values: PiiValues) -> Iterator[PiiGuard]:
    tmp = request.getfixturevalue("tmp_path") if "tmp_path" in request.fixturenames else None
    guard = PiiGuard(pii_values, tmp)
    guard.start()
    try:
        yield guard
    finally:
        guard.stop()
    found = guard.findings()
    if found:
        pytest.fail("PII of the test data leaked:\n" + "\n".join(found[:20]), pytrace=False)


def _guarded(request: pytest.FixtureRequest) -> bool:
    if request.node.get_closest_marker("e2e") is not None:
        return True
    parts = Path(str(request.node.path)).parts
    return "tests" in parts and any(d in parts[parts.index("tests") + 1 : -1] for d in GUARDED_DIRS)


@pytest.fixture(autouse=True)
def _pii_guard_auto(request: pytest.FixtureRequest) -> None:
    if _guarded(request):
        request.getfixturevalue("pii_guard")
