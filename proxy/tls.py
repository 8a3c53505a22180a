"""TLS contexts: HTTPS listeners (optionally requiring client certificates) and the client
side of deliveries to subscribers with a private CA or mutual TLS.

Contexts are built from PEM files named in the config, and a broken file is a
`ConfigError` naming the setting, found by `veil config check` and before any listener
opens, never at the first handshake. Listeners accept TLS 1.2 and later with the `ssl`
module's default ciphers. A listener's certificate and key are re-read when their files
change (`CertReloader`): certificates are renewed every few weeks (ACME), and a restart
for each would drop in-flight webhooks. A new pair is loaded into the live context only
after a scratch context accepted it, so a half-written or mismatched pair keeps the old
certificate serving (and logs a WARNING) instead of breaking every handshake. The client
CA of mTLS is read at start only: a context's trust store can grow but never shrink.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from proxy.config import ClientTLS, ListenerTLS, Settings, SubscriberSettings
from proxy.errors import ConfigError

log = logging.getLogger("veil.tls")
RELOAD_CHECK_S = 30.0  # how often a listener's certificate files are looked at


def _why(exc: Exception) -> str:
    """The reason without the file's content (OpenSSL's reason, or the OS error)."""
    if isinstance(exc, ssl.SSLError):
        return exc.reason or type(exc).__name__
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return type(exc).__name__


def server_context(tls: ListenerTLS, where: str) -> ssl.SSLContext:
    """An HTTPS listener's context; `where` names the setting in errors (`admin.tls`).
    Built bare: its trust store holds `client_cafile` and nothing else, never the system's
    CAs, so mutual TLS admits only certificates that CA issued (tests/test_tls.py)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    _load_pair(ctx, tls.certfile, tls.keyfile, where)
    if tls.client_cafile is not None:
        try:
            ctx.load_verify_locations(cafile=tls.client_cafile)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError([f"{where}.client_cafile: cannot load {tls.client_cafile} ({_why(exc)})"]) from None
        ctx.verify_mode = ssl.CERT_REQUIRED  # no certificate from that CA: no handshake
    return ctx


def client_context(tls: ClientTLS, where: str) -> ssl.SSLContext:
    """A subscriber's client context: verification stays on (hostname and chain), against
    `cafile` if given, else the system's store."""
    try:
        ctx = ssl.create_default_context(cafile=tls.cafile)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError([f"{where}.cafile: cannot load {tls.cafile} ({_why(exc)})"]) from None
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    if tls.certfile is not None and tls.keyfile is not None:
        _load_pair(ctx, tls.certfile, tls.keyfile, where)
    return ctx


def subscriber_contexts(subscribers: list[SubscriberSettings]) -> dict[str, ssl.SSLContext]:
    """The client context of every subscriber with a `tls` section, by name; every problem at once."""
    contexts: dict[str, ssl.SSLContext] = {}
    problems: list[str] = []
    for i, sub in enumerate(subscribers):
        if sub.tls is not None:
            try:
                contexts[sub.name] = client_context(sub.tls, f"subscribers.{i}.tls")
            except ConfigError as exc:
                problems += exc.problems
    if problems:
        raise ConfigError(problems)
    return contexts


def check_tls(settings: Settings) -> None:
    """Build every context the settings name (listeners and subscribers), for `config check`
    and start-up: a ConfigError lists each file that cannot be used."""
    problems: list[str] = []
    for name in ("listen", "admin", "metrics"):
        tls = getattr(settings, name).tls
        if tls is not None:
            try:
                server_context(tls, f"{name}.tls")
            except ConfigError as exc:
                problems += exc.problems
    try:
        subscriber_contexts(settings.subscribers)
    except ConfigError as exc:
        problems += exc.problems
    if problems:
        raise ConfigError(problems)


def _load_pair(ctx: ssl.SSLContext, certfile: str, keyfile: str, where: str) -> None:
    try:
        ctx.load_cert_chain(certfile, keyfile)
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError([f"{where}: cannot load certfile {certfile} with keyfile {keyfile} ({_why(exc)})"]) from None


def _stamp(tls: ListenerTLS) -> tuple[bytes, ...]:
    """What the pair's files hold (a digest each): a few KB read every check, and unlike a
    modification time it cannot miss a rewrite within the file system's clock resolution."""
    stamps: list[bytes] = []
    for path in (tls.certfile, tls.keyfile):
        try:
            stamps.append(hashlib.sha256(Path(path).read_bytes()).digest())
        except OSError:
            stamps.append(b"")
    return tuple(stamps)


@dataclass
class _Watched:
    ctx: ssl.SSLContext
    tls: ListenerTLS
    where: str
    stamp: tuple[bytes, ...]


@dataclass
class CertReloader:
    """Listener contexts whose certificate files are watched (`check`, or `run` until stopped)."""

    watched: list[_Watched] = field(default_factory=list)

    def watch(self, ctx: ssl.SSLContext, tls: ListenerTLS, where: str) -> None:
        self.watched.append(_Watched(ctx, tls, where, _stamp(tls)))

    def check(self) -> list[str]:
        """Reload every pair whose files changed; the settings reloaded (`listen.tls`, …)."""
        reloaded = []
        for item in self.watched:
            stamp = _stamp(item.tls)
            if stamp == item.stamp:
                continue
            try:
                _load_pair(ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER), item.tls.certfile, item.tls.keyfile, item.where)
            except ConfigError as exc:  # mid-renewal or broken: keep serving the old pair, retry later
                log.warning("TLS certificate not reloaded: %s", "; ".join(exc.problems))
                continue
            try:
                _load_pair(item.ctx, item.tls.certfile, item.tls.keyfile, item.where)
            except ConfigError as exc:  # replaced again between the two reads: the next check retries
                log.warning("TLS certificate not reloaded: %s", "; ".join(exc.problems))
                continue
            item.stamp = stamp
            reloaded.append(item.where)
            log.info("TLS certificate reloaded for %s", item.where)
        return reloaded

    async def run(self, stop: asyncio.Event, every_s: float = RELOAD_CHECK_S) -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), every_s)
            if not stop.is_set():
                self.check()
