"""Every Redis key name Veil uses, and so the Cluster slot layout, in one place.

Each atomic unit touches one hash slot (DESIGN.md, "The vault on Redis"):
- token record, value index and tombstone share `{t:<tenant>:<shard tag>}`;
- subject record, its token set and alias set share `{s:<tenant>:<subject>}`;
- delivery partitions and their dedup markers share `{q:<subscriber>:<partition>}`;
- each audit writer's chain and tail share `audit:{<writer id>}`.
Single-key records (aliases, tenant keys, meta) need no tag. No key name carries a
value or a raw identifier: only tokens, random ids and keyed hashes.
"""

from __future__ import annotations

PREFIX = "veil"


# --- keyring and meta -------------------------------------------------------------
def meta() -> str:
    """Hash: key check values per master / token key version, token epochs, flags."""
    return f"{PREFIX}:meta"


def tenant_keys(tenant: str) -> str:
    """Hash: master-key version -> tenant key wrapped under that version."""
    return f"{PREFIX}:tk:{tenant}"


# --- tokens: one slot per (tenant, shard tag) -------------------------------------
def _tslot(tenant: str, tag: str) -> str:
    return f"{PREFIX}:{{t:{tenant}:{tag}}}"


def token_record(tenant: str, tag: str, token: str) -> str:
    """Hash: e (entity), s (subject), c (sealed value), v (index hash), fs, ls."""
    return f"{_tslot(tenant, tag)}:k:{token}"


def value_index(tenant: str, tag: str, index_hex: str) -> str:
    """String: blind index of (scope, entity, shape, normalised value) -> token."""
    return f"{_tslot(tenant, tag)}:v:{index_hex}"


def tombstone(tenant: str, tag: str, token: str) -> str:
    """String, no TTL: the index hash a token was issued for ('x' once erased)."""
    return f"{_tslot(tenant, tag)}:r:{token}"


def token_pattern(tenant: str) -> str:
    return f"{PREFIX}:{{t:{tenant}:*}}:k:*"


def tombstone_pattern(tenant: str) -> str:
    return f"{PREFIX}:{{t:{tenant}:*}}:r:*"


# --- subjects: one slot per (tenant, subject) ---------------------------------------
def _sslot(tenant: str, subject: str) -> str:
    return f"{PREFIX}:{{s:{tenant}:{subject}}}"


def subject_record(tenant: str, subject: str) -> str:
    """Hash: dk ('<mv>:' + wrapped data key), created, merged_into."""
    return f"{_sslot(tenant, subject)}:rec"


def subject_tokens(tenant: str, subject: str) -> str:
    return f"{_sslot(tenant, subject)}:tokens"


def subject_aliases(tenant: str, subject: str) -> str:
    return f"{_sslot(tenant, subject)}:aliases"


def subject_pattern(tenant: str) -> str:
    return f"{PREFIX}:{{s:{tenant}:*}}:rec"


def alias(tenant: str, alias_hex: str) -> str:
    """String: keyed alias hash -> subject id."""
    return f"{PREFIX}:a:{tenant}:{alias_hex}"


def erasure_ledger(tenant: str) -> str:
    """Hash: alias hash -> erasure time; restore re-applies it."""
    return f"{PREFIX}:erased:{tenant}"


# --- audit: one chain per writer ----------------------------------------------------
def audit_chain(writer_id: str) -> str:
    """Stream of entries of one writer (host, pid, start time)."""
    return f"audit:{{{writer_id}}}"


def audit_checkpoints(writer_id: str) -> str:
    return f"audit:{{{writer_id}}}:checkpoints"


def audit_writers() -> str:
    """Set of every writer id that ever wrote, so `audit verify` finds them all."""
    return "audit:writers"


# --- readiness ----------------------------------------------------------------------
def health_probe() -> str:
    return f"{PREFIX}:health"


def audit_chain_pattern() -> str:
    """SCAN pattern for every writer's chain (and checkpoint) keys, so verify also finds
    a chain whose writer was removed from `audit_writers()`."""
    return "audit:{*}*"


def audit_writer_of(key: str) -> str | None:
    """The writer id inside an `audit_chain` / `audit_checkpoints` key name, else None."""
    if not key.startswith("audit:{") or "}" not in key:
        return None
    return key[len("audit:{") : key.rindex("}")]


# --- media ids Veil has seen for a tenant (webhooks, upload responses) --------------
def media_known(tenant: str, media_id: str) -> str:
    """String with TTL: this Meta media id was seen for this tenant (so GET/DELETE may proxy it)."""
    return f"{PREFIX}:media:{tenant}:{media_id}"
