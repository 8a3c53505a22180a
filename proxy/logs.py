"""Logging: JSON lines with request ids, and a last-resort mask for PII shapes.

Veil's code never logs a value and names tokens only by `token_digest`. The
`PiiMaskFilter` is the net under that rule, not the rule: on every record it masks
e-mail addresses, payment-card numbers (Luhn-valid 13–19 digits) and phone-like digit
runs (8–15 digits) in the message, its arguments, string extras and exception text,
while Veil's own token shapes stay readable so operators can still follow a token:
`tok_<entity>_<26 base32>`, 15-digit tokens under the spare calling code (289 unless
configured), `QZ.` / `QZ.ENT.` BSUID tokens, `wamid.` ids and `…@tokens.invalid` e-mail
tokens. ISO dates, IPv4 addresses and UUIDs are left alone too, being common and
harmless. It over-masks on purpose (a 13-digit millisecond timestamp in a message is
masked as a phone); fields named in `safe_fields` (ids Veil itself sets) are exempt.

The request id lives in a `ContextVar`: per task, not global state, so concurrent
requests never see each other's id. `configure_logging` is called once, by the CLI.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import sys
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Final

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pythonjsonlogger.json import JsonFormatter

request_id_var: ContextVar[str] = ContextVar("veil_request_id", default="-")
DEFAULT_SPARE_CODE: Final = "289"
DEFAULT_SAFE_FIELDS: Final = frozenset({"request_id", "writer", "token_digest", "route"})
DIGEST_HEX: Final = 12
_HANDLER_MARK: Final = "_veil_handler"

# Standard LogRecord attributes: everything else on a record is an `extra`.
_RECORD_ATTRS: Final = frozenset({*vars(logging.LogRecord("", 0, "", 0, "", None, None)), "message", "asctime"})

_KEEP = (
    r"(?P<tok>tok_[a-z][a-z0-9_]{0,40}_[a-z2-7]{26})(?![a-z0-9])"
    r"|(?P<bsuid>qz\.(?:ent\.)?\d{20})(?!\d)"
    r"|(?P<wamid>wamid\.[A-Za-z0-9_=+/-]+)"
    r"|(?P<uuid>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f])"
    r"|(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)(?!\d)"
    r"|(?P<ipv4>\d{1,3}(?:\.\d{1,3}){3})(?![\d.])"
)
_EMAIL = r"(?P<email>[a-z0-9._%+-]+@(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}))"
_DIGITS = r"(?P<digits>\+?\(?\d(?:[ .()-]{0,2}\d){6,22})(?![\w])"
_SHAPES = re.compile(rf"(?<![\w.@+-])(?:{_KEEP}|{_EMAIL}|{_DIGITS})", re.IGNORECASE)


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


class PiiMaskFilter(logging.Filter):
    """Masks PII shapes in place on each record; never drops a record."""

    def __init__(
        self,
        spare_calling_code: str = DEFAULT_SPARE_CODE,
        safe_fields: Iterable[str] = DEFAULT_SAFE_FIELDS,
    ) -> None:
        super().__init__()
        if not spare_calling_code.isdigit() or not 1 <= len(spare_calling_code) <= 3:
            raise ValueError("spare calling code must be 1-3 digits")
        self._spare = spare_calling_code
        self._safe = frozenset(safe_fields)

    def mask(self, text: str) -> str:
        return _SHAPES.sub(self._replace, text)

    def _replace(self, m: re.Match[str]) -> str:
        if m.group("email") is not None:
            return m.group(0) if m.group("domain").lower() == "tokens.invalid" else "[email]"
        raw = m.group("digits")
        if raw is None:
            return m.group(0)  # a Veil token or a harmless shape
        digits = re.sub(r"\D", "", raw)
        if len(digits) == 15 and digits.startswith(self._spare):
            return raw  # a Veil phone-shaped token
        if 13 <= len(digits) <= 19 and _luhn_ok(digits):
            return "[card]"
        if 8 <= len(digits) <= 15:
            return "[phone]"
        return raw

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a broken format string: keep its parts, masked
            message = f"{record.msg} {record.args}"
        record.msg, record.args = self.mask(message), None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_info, record.exc_text = None, self.mask(text)
        elif record.exc_text:
            record.exc_text = self.mask(record.exc_text)
        if record.stack_info:
            record.stack_info = self.mask(record.stack_info)
        for name, value in list(vars(record).items()):
            if name not in _RECORD_ATTRS and name not in self._safe:
                setattr(record, name, self._mask_value(value))
        return True

    def _mask_value(self, value: object) -> object:
        if isinstance(value, str):
            return self.mask(value)
        if isinstance(value, dict):
            return {k: v if k in self._safe else self._mask_value(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [self._mask_value(v) for v in value]
        return value


class RequestIdFilter(logging.Filter):
    """Stamps every record with the current request id (or "-")."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def configure_logging(
    level: int | str = logging.INFO,
    json: bool = True,
    *,
    spare_calling_code: str = DEFAULT_SPARE_CODE,
) -> logging.Handler:
    """Install Veil's one stderr handler on the root logger (replacing a previous one).

    Filters sit on the handler, not on a logger, so they also see records propagated
    from every library's logger.
    """
    # What no Veil line shows is not gathered either (the logging HOWTO's "Optimization"):
    # the caller's file and line (a stack walk per record), thread and process ids.
    logging._srcfile = None  # noqa: SLF001 - the documented switch
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
    handler = logging.StreamHandler(sys.stderr)
    fmt = "%(asctime)s %(levelname)s %(name)s %(request_id)s %(message)s"
    handler.setFormatter(JsonFormatter(fmt) if json else logging.Formatter(fmt))
    handler.addFilter(RequestIdFilter())
    handler.addFilter(PiiMaskFilter(spare_calling_code))
    setattr(handler, _HANDLER_MARK, True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(level)
    # Presidio logs one INFO line per recognizer and language at every start; below DEBUG
    # they only bury Veil's own start-up lines.
    quiet = root.getEffectiveLevel() > logging.DEBUG
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING if quiet else logging.NOTSET)
    return handler


def digest_key(audit_key: bytes) -> bytes:
    """The key `token_digest` uses: derived from the audit key, so log lines and audit
    entries name a token by the same digest and an investigator can join them."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"veil/v1/log-digest").derive(audit_key)


def token_digest(token: str, key: bytes) -> str:
    """A short keyed digest that names a token in logs without revealing it: without
    the key, a leaked log cannot be matched against tokens a CRM holds."""
    mac = hmac.new(key, token.encode("utf-8"), hashlib.sha256).hexdigest()
    return mac[:DIGEST_HEX]
