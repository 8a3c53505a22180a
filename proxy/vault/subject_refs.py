"""Naming a subject from outside: by one of its tokens or by one of its aliases.

Callers (a service's `subject` in /v1/tokenize, a DPO's erase / export / DSAR request)
name a subject either by a token it owns (any shape) or by an alias: a wa_id / phone
number, a BSUID, a parent BSUID or a username, as a string or as `{"kind", "value"}`.
Resolution is always within one tenant: a token or alias of another tenant resolves to
nothing, exactly like an unknown one, so the answer says nothing across tenants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from proxy.errors import BadRequest, TokenError
from proxy.kv import keyspace, opt_str
from proxy.vault.entities import PHONE_NUMBER, WHATSAPP_USER_ID, WHATSAPP_USERNAME
from proxy.vault.subjects import ALIAS_ENTITY, Alias
from proxy.vault.tokens import parse
from proxy.vault.vault import Vault

_PHONE = re.compile(r"^\+?[\d\s\-.()]{7,20}$")
_PARENT_BSUID = re.compile(r"^[A-Z]{2}\.ENT\.[0-9A-Za-z]+$")
_BSUID = re.compile(r"^[A-Z]{2}\.[0-9A-Za-z]+$")
# The alias kind an identifier entity is, when it is tokenised without a subject.
ENTITY_ALIAS = {PHONE_NUMBER: "wa_id", WHATSAPP_USER_ID: "bsuid", WHATSAPP_USERNAME: "username"}


@dataclass(frozen=True, slots=True)
class SubjectRef:
    token: str | None = None
    alias: Alias | None = None


def alias_for(entity: str, value: str) -> Alias | None:
    """The alias an identifier value is (a parent BSUID told apart by its `.ENT.`)."""
    kind = ENTITY_ALIAS.get(entity)
    if kind == "bsuid" and _PARENT_BSUID.match(value.strip().upper()):
        kind = "parent_bsuid"
    return None if kind is None else Alias(kind, value)


def parse_ref(raw: Any, *, phone_prefix: int) -> SubjectRef:
    """A token or an alias, from a string or `{"kind": …, "value": …}`; BadRequest if neither."""
    if isinstance(raw, dict):
        kind, value = raw.get("kind"), raw.get("value")
        if kind == "token" and isinstance(value, str):
            return SubjectRef(token=value)
        if not isinstance(kind, str) or kind not in ALIAS_ENTITY or not isinstance(value, str) or not value.strip():
            raise BadRequest([f"subject: kind must be token or one of {sorted(ALIAS_ENTITY)}, with a value"])
        return SubjectRef(alias=Alias(str(kind), value))
    if not isinstance(raw, str) or not raw.strip() or len(raw) > 256:
        raise BadRequest(["subject: a token or an alias (string or {kind, value})"])
    try:
        if parse(raw, phone_prefix=phone_prefix) is not None:
            return SubjectRef(token=raw)
    except TokenError:
        return SubjectRef(token=raw)  # token-shaped but mangled: resolves to nothing
    text = raw.strip()
    if _PHONE.match(text):
        return SubjectRef(alias=Alias("wa_id", text))
    if _PARENT_BSUID.match(text.upper()):
        return SubjectRef(alias=Alias("parent_bsuid", text))
    if _BSUID.match(text.upper()):
        return SubjectRef(alias=Alias("bsuid", text))
    return SubjectRef(alias=Alias("username", text))


async def resolve(vault: Vault, tenant: str, ref: SubjectRef) -> str | None:
    """The subject id within `tenant`, or None (unknown, foreign and erased alike)."""
    if ref.alias is not None:
        return await vault.subjects.lookup(tenant, ref.alias)
    try:
        parsed = parse(ref.token or "", phone_prefix=vault.settings.phone_token_prefix)
    except TokenError:
        return None
    if parsed is None:
        return None
    owner = await vault.redis.hget(keyspace.token_record(tenant, parsed.tag, parsed.canonical), "s")
    return opt_str(owner)
