"""Encrypted backups of the vault, and restore (docs/design.md "Keys", docs/decisions.md 7).

A backup is the vault's Redis keys (tokens, subjects, aliases, wrapped tenant keys,
ledgers, policies, retention, erasure receipts: `keyspace.backup_patterns()`), read
while serving, as a stream of frames:

    VEILBACKUP1\\n <header JSON>\\n  then frames: 4-byte length | AES-256-GCM(zlib(JSON lines))

sealed under HKDF(master key version v, "veil/v1/backup/<id>"), each frame's AAD binding
the header line, its index and whether it is the last (so frames cannot be dropped,
reordered, truncated or spliced from another backup). Keys are never inside: tenant
keys are stored wrapped, and the master key stays with the operator. Once master-key
version v is retired, the backup no longer opens, erased subjects included.

Restore writes every key of the backup (replacing keys of the same name, leaving
others), merges the ledgers, refuses a backup whose tenant keys contradict the
vault's (it came from another vault), and the caller then re-applies the erasure
ledger, so a subject erased after the backup was taken stays erased, and has the
policy store announce the restored policies (the vault does not know their format).
"""

from __future__ import annotations

import base64
import json
import secrets
import struct
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from redis.asyncio import Redis

from proxy.errors import BadRequest, DecryptError, KeyMaterialError
from proxy.kv import as_bytes, as_str, keyspace
from proxy.vault.crypto import Aead, aad, hkdf
from proxy.vault.key_material import Keyring

MAGIC = b"VEILBACKUP1\n"
BATCH = 500
MAX_FRAME = 64 * 1024 * 1024
_MERGE_PREFIXES = (keyspace.erasure_ledger(""), keyspace.erased_subjects(""))


def _bad_backup(why: str) -> BadRequest:
    """400 `bad_backup`: not a backup this vault can restore (the reason names no value)."""
    return BadRequest([why], "bad_backup")


@dataclass(frozen=True, slots=True)
class Header:
    id: str
    created: int
    master_version: int
    keys: int
    line: bytes

    @classmethod
    def parse(cls, line: bytes) -> Header:
        try:
            d = json.loads(line)
            return cls(str(d["id"]), int(d["created"]), int(d["master_version"]), int(d["keys"]), line.rstrip(b"\n"))
        except (ValueError, KeyError, TypeError):
            raise _bad_backup("not a Veil backup (bad header)") from None


@dataclass(slots=True)
class RestoreReport:
    backup_id: str
    retired: frozenset[int] = frozenset()  # master-key versions whose tenant keys never come back
    keys: int = 0
    tenants: set[str] = field(default_factory=set)


async def retired_versions(redis: Redis) -> frozenset[int]:
    meta = await redis.hkeys(keyspace.meta())
    return frozenset(int(as_str(f).split(":", 1)[1]) for f in meta if as_str(f).startswith("retired:"))


def check_readable(header: Header, master: Keyring, retired: frozenset[int]) -> None:
    """400 `bad_backup` unless this process holds the (unretired) master-key version it is sealed under."""
    if header.master_version in retired:
        raise _bad_backup(
            f"this backup is sealed under master key v{header.master_version}, which was "
            "retired: it cannot be read (by design)"
        )
    try:
        _aead(master, header)
    except KeyMaterialError as exc:
        raise _bad_backup(str(exc)) from None


def _aead(master: Keyring, header: Header) -> Aead:
    key = master.get(header.master_version)
    if key is None:
        raise KeyMaterialError(
            f"this backup is sealed under master key v{header.master_version}, "
            "which is retired or not configured: it cannot be read"
        )
    return Aead(hkdf(key, f"veil/v1/backup/{header.id}"))


def _frame_aad(header: Header, index: int, last: bool) -> bytes:
    return aad("backup", header.line, str(index), "last" if last else "more")


def _b64(raw: Any) -> str:
    return base64.b64encode(as_bytes(raw)).decode()


async def _keys(redis: Redis) -> list[str]:
    seen: dict[str, None] = {}
    for pattern in keyspace.backup_patterns():
        async for key in redis.scan_iter(match=pattern, count=1000):
            seen.setdefault(as_str(key), None)
    return list(seen)


async def _records(redis: Redis, keys: list[str]) -> list[dict[str, Any]]:
    async with redis.pipeline(transaction=False) as pipe:
        for key in keys:
            pipe.type(key)
            pipe.pttl(key)
        meta = await pipe.execute()
    kinds = [as_str(t) for t in meta[0::2]]
    async with redis.pipeline(transaction=False) as pipe:
        for key, kind in zip(keys, kinds, strict=True):
            {"string": pipe.get, "hash": pipe.hgetall, "set": pipe.smembers}.get(kind, pipe.exists)(key)
        values = await pipe.execute()
    now_ms = int(time.time() * 1000)
    out = []
    for key, kind, pttl, value in zip(keys, kinds, meta[1::2], values, strict=True):
        if kind == "string" and value is not None:
            v: Any = _b64(value)
        elif kind == "hash" and value:
            v = {_b64(f): _b64(x) for f, x in value.items()}
        elif kind == "set" and value:
            v = sorted(_b64(m) for m in value)
        else:
            continue  # vanished meanwhile, or a type a backup does not hold
        out.append({"k": key, "t": kind, "x": now_ms + int(pttl) if int(pttl) > 0 else None, "v": v})
    return out


async def write_backup(redis: Redis, master: Keyring, emit: Callable[[bytes], Awaitable[None]]) -> Header:
    """Stream a sealed backup through `emit`; returns its header."""
    keys = await _keys(redis)
    version = master.active_version
    body = {
        "format": 1,
        "id": secrets.token_hex(8),
        "created": int(time.time()),
        "master_version": version,
        "keys": len(keys),
    }
    header = Header.parse(json.dumps(body, sort_keys=True).encode())
    aead = _aead(master, header)
    await emit(MAGIC + header.line + b"\n")
    batches = [keys[i : i + BATCH] for i in range(0, len(keys), BATCH)] or [[]]
    for index, batch in enumerate(batches):
        lines = b"\n".join(json.dumps(r, separators=(",", ":")).encode() for r in await _records(redis, batch))
        sealed = aead.seal(zlib.compress(lines), _frame_aad(header, index, index == len(batches) - 1))
        await emit(struct.pack(">I", len(sealed)) + sealed)
    return header


async def read_header(readline: Callable[[], Awaitable[bytes]]) -> Header:
    if await readline() != MAGIC:
        raise _bad_backup("not a Veil backup (bad magic)")
    return Header.parse(await readline())


async def frames(
    header: Header, master: Keyring, read: Callable[[int], Awaitable[bytes]]
) -> AsyncIterator[list[dict[str, Any]]]:
    """Opened frames in order; 400 `bad_backup` if any is missing, altered or out of place."""
    aead = _aead(master, header)
    index = 0
    while True:
        size_raw = await read(4)
        if len(size_raw) < 4:
            raise _bad_backup("backup truncated (no last frame)")
        size = struct.unpack(">I", size_raw)[0]
        if size > MAX_FRAME:
            raise _bad_backup("backup frame too large")
        blob = await read(size)
        for last in (False, True):
            try:
                plain = aead.open(blob, _frame_aad(header, index, last))
                break
            except DecryptError:
                continue
        else:
            raise _bad_backup(f"backup frame {index} does not open (altered, reordered or another key)")
        text = zlib.decompress(plain)
        yield [json.loads(line) for line in text.split(b"\n") if line]
        if last:
            return
        index += 1


@dataclass(frozen=True, slots=True)
class BackupCheck:
    header: Header
    frames: int
    records: int


async def verify_backup(header: Header, master: Keyring, read: Callable[[int], Awaitable[bytes]]) -> BackupCheck:
    """Open every frame as a restore would, without writing anything: 400 `bad_backup` if a
    frame is missing, altered, out of place or followed by anything. What it cannot know
    offline: whether the vault has retired the master-key version since (restore checks)."""
    count = records = 0
    async for batch in frames(header, master, read):
        count += 1
        records += len(batch)
    if await read(1):
        raise _bad_backup("data after the last frame (appended to, or two files joined)")
    return BackupCheck(header, count, records)


async def restore_frame(redis: Redis, records: list[dict[str, Any]], report: RestoreReport) -> None:
    """Write one frame's keys; ledgers and meta are merged, the rest replaced."""
    for rec in records:
        if rec["k"].startswith(keyspace.tenant_keys("")):
            await _check_tenant_key(redis, rec)
            report.tenants.add(keyspace.tenant_of_keys(rec["k"]))
    async with redis.pipeline(transaction=False) as pipe:
        for rec in records:
            key, kind, value = rec["k"], rec["t"], rec["v"]
            merge = (
                key == keyspace.meta() or key.startswith(_MERGE_PREFIXES) or key.startswith(keyspace.tenant_keys(""))
            )
            if merge and kind == "hash":
                for f, x in value.items():
                    field_name = base64.b64decode(f)
                    if key.startswith(keyspace.tenant_keys("")) and int(field_name) in report.retired:
                        continue  # a retired version's tenant key stays destroyed
                    pipe.hsetnx(key, field_name, base64.b64decode(x))
                continue
            pipe.delete(key)
            if kind == "string":
                pipe.set(key, base64.b64decode(value))
            elif kind == "hash":
                pipe.hset(key, mapping={base64.b64decode(f): base64.b64decode(x) for f, x in value.items()})
            elif kind == "set":
                pipe.sadd(key, *[base64.b64decode(m) for m in value])
            if rec.get("x"):
                pipe.pexpireat(key, int(rec["x"]))
        await pipe.execute()
    report.keys += len(records)


async def _check_tenant_key(redis: Redis, rec: dict[str, Any]) -> None:
    current = {_b64(f): _b64(x) for f, x in (await redis.hgetall(rec["k"])).items()}
    for f, x in rec["v"].items():
        if f in current and current[f] != x:
            raise _bad_backup(
                "this backup's tenant keys differ from the vault's: it comes from another "
                "vault; restore it into that vault or into an empty one"
            )
