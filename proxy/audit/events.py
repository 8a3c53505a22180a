"""One constructor per audited event docs/design.md lists, so every path audits alike.

Use, reveal, tokenize, erase, export, backup, restore, key operations, policy changes,
logins, denied attempts and subject merges (plus the guard's own: blocks, lifts, honey
tokens planted) each get a function returning `AuditEvent`s with the fields docs/design.md
names: time, actor, action, tenant, entities, tokens, subject, purpose, outcome,
request id. Callers then `await record(audit, events)` *before* the value leaves Veil:
`AuditError` means refuse (fail closed).

Never a value: token lists pass a shape check (a Veil token or a hex digest) that
refuses a raw phone number or e-mail put there by mistake, without echoing it; subjects
are Veil's random ids. Events touching tokens of several subjects become one event per
subject, so the per-subject access report is a filter on `subject`.
The request id defaults to the current request's (`logs.request_id_var`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final, Literal, Protocol

import phonenumbers

from proxy.audit.writer import AuditEvent, AuditWriter, Outcome
from proxy.logs import request_id_var, token_digest
from proxy.vault import damm

KeyOp = Literal["generate", "rotate", "retire", "new_token_epoch"]
SYSTEM_ACTOR: Final = "veil"
_TOKEN = re.compile(
    r"tok_[a-z][a-z0-9_]{0,40}_[a-z2-7]{26}|wamid\.[a-z2-7]{26}|[a-z2-7]{26}@tokens\.invalid"
    r"|QZ\.(?:ENT\.)?\d{20}|d:[0-9a-f]{12,64}",
    re.IGNORECASE,
)


class TokenRef(Protocol):
    """What a vault result carries that may be audited (`Minted`, `Revealed`, …): never its value."""

    @property
    def token(self) -> str: ...
    @property
    def entity(self) -> str: ...
    @property
    def subject(self) -> str: ...


def looks_like_token(text: str) -> bool:
    """A Veil token (any shape, canonical) or a digest from `digest()`. A 15-digit string
    passes only under a spare calling code and with a valid Damm check digit, so a raw
    phone number (its prefix is an assigned calling code) is refused."""
    if _TOKEN.fullmatch(text):
        return True
    if len(text) != 15 or not text.isdigit() or damm(text) != 0:
        return False
    return not any(int(text[:n]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE for n in (1, 2, 3))


def digest(token: str, key: bytes) -> str:
    """A token named by its keyed digest (`logs.token_digest`), as the audit trail spells it."""
    return "d:" + token_digest(token, key)


def _tokens(tokens: Iterable[str]) -> tuple[str, ...]:
    out = tuple(tokens)
    if not all(looks_like_token(t) for t in out):
        raise ValueError("audit tokens must be Veil tokens or digests, never values")
    return out


def _rid(request_id: str | None) -> str:
    rid = request_id_var.get() if request_id is None else request_id
    return "" if rid == "-" else rid


def _per_subject(
    action: str,
    refs: Sequence[TokenRef],
    *,
    actor: str,
    tenant: str,
    outcome: Outcome,
    reason: str,
    purpose: str,
    request_id: str | None,
) -> list[AuditEvent]:
    groups: dict[str, list[TokenRef]] = {}
    for ref in refs:
        groups.setdefault(ref.subject, []).append(ref)
    return [
        AuditEvent(
            actor=actor,
            action=action,
            tenant=tenant,
            outcome=outcome,
            entities=tuple(sorted({r.entity for r in group})),
            tokens=_tokens(r.token for r in group),
            subject=subject,
            purpose=purpose,
            request_id=_rid(request_id),
            reason=reason,
        )
        for subject, group in sorted(groups.items())
    ]


def use(
    *,
    actor: str,
    tenant: str,
    refs: Sequence[TokenRef],
    outcome: Outcome = "allowed",
    reason: str = "granted",
    purpose: str = "",
    request_id: str | None = None,
) -> list[AuditEvent]:
    """Tokens detokenised in flight (towards WhatsApp or a sink route): one event per subject."""
    return _per_subject(
        "use", refs, actor=actor, tenant=tenant, outcome=outcome, reason=reason, purpose=purpose, request_id=request_id
    )


def reveal(
    *,
    actor: str,
    tenant: str,
    refs: Sequence[TokenRef],
    purpose: str,
    outcome: Outcome = "allowed",
    reason: str = "granted",
    request_id: str | None = None,
    action: str = "reveal",
) -> list[AuditEvent]:
    """Values returned to a caller (`action="mask"` for masked reveals, "dsar" for the DSAR helper)."""
    return _per_subject(
        action, refs, actor=actor, tenant=tenant, outcome=outcome, reason=reason, purpose=purpose, request_id=request_id
    )


def tokenize(
    *,
    actor: str,
    tenant: str,
    refs: Sequence[TokenRef],
    outcome: Outcome = "allowed",
    reason: str = "granted",
    request_id: str | None = None,
) -> list[AuditEvent]:
    """A `/v1/tokenize` call (inbound tokenisation is not audited per value: it reveals nothing)."""
    return _per_subject(
        "tokenize", refs, actor=actor, tenant=tenant, outcome=outcome, reason=reason, purpose="", request_id=request_id
    )


def identify(
    *, actor: str, tenant: str, entities: Iterable[str], lookups: int, unknown: int, request_id: str | None = None
) -> AuditEvent:
    """Identifiers a `/v1/tokenize` call looked up without a subject, counted (reason
    `lookups:<n>:unknown:<u>`; `unknown`: no subject knew it, so it answered null or, under
    `create_subjects`, started one). A miss names no subject, so only the count is kept."""
    return AuditEvent(
        actor=actor,
        action="identify",
        tenant=tenant,
        outcome="allowed",
        entities=tuple(sorted(set(entities))),
        request_id=_rid(request_id),
        reason=f"lookups:{lookups}:unknown:{unknown}",
    )


def denied(
    *,
    actor: str,
    action: str,
    tenant: str,
    reason: str,
    entities: Sequence[str] = (),
    tokens: Sequence[str] = (),
    subject: str = "",
    purpose: str = "",
    request_id: str | None = None,
) -> AuditEvent:
    """Any refused attempt (policy, ceiling, block, honey token, bad credentials)."""
    return AuditEvent(
        actor=actor,
        action=action,
        tenant=tenant,
        outcome="denied",
        entities=tuple(sorted(set(entities))),
        tokens=_tokens(tokens),
        subject=subject,
        purpose=purpose,
        request_id=_rid(request_id),
        reason=reason,
    )


def _admin(
    action: str,
    *,
    actor: str,
    tenant: str = "",
    subject: str = "",
    tokens: Sequence[str] = (),
    purpose: str = "",
    outcome: Outcome = "allowed",
    reason: str = "",
    request_id: str | None = None,
) -> AuditEvent:
    return AuditEvent(
        actor=actor,
        action=action,
        tenant=tenant,
        outcome=outcome,
        tokens=_tokens(tokens),
        subject=subject,
        purpose=purpose,
        request_id=_rid(request_id),
        reason=reason,
    )


def erase(
    *,
    actor: str,
    tenant: str,
    subject: str,
    tokens: Sequence[str] = (),
    outcome: Outcome = "allowed",
    reason: str = "",
    request_id: str | None = None,
) -> AuditEvent:
    return _admin(
        "erase",
        actor=actor,
        tenant=tenant,
        subject=subject,
        tokens=tokens,
        outcome=outcome,
        reason=reason,
        request_id=request_id,
    )


def export(
    *,
    actor: str,
    tenant: str,
    subject: str,
    purpose: str = "",
    outcome: Outcome = "allowed",
    reason: str = "",
    request_id: str | None = None,
) -> AuditEvent:
    return _admin(
        "export",
        actor=actor,
        tenant=tenant,
        subject=subject,
        purpose=purpose,
        outcome=outcome,
        reason=reason,
        request_id=request_id,
    )


def backup(
    *, actor: str, tenant: str = "", outcome: Outcome = "allowed", reason: str = "", request_id: str | None = None
) -> AuditEvent:
    """`tenant=""` for a whole-vault backup."""
    return _admin("backup", actor=actor, tenant=tenant, outcome=outcome, reason=reason, request_id=request_id)


def restore(
    *,
    actor: str,
    approver: str,
    tenant: str = "",
    outcome: Outcome = "allowed",
    reason: str = "",
    request_id: str | None = None,
) -> AuditEvent:
    """Restore needs two admins: both are named, as `<actor>+<approver>`."""
    return _admin(
        "restore", actor=f"{actor}+{approver}", tenant=tenant, outcome=outcome, reason=reason, request_id=request_id
    )


def key_op(
    *,
    actor: str,
    op: KeyOp,
    version: int | None = None,
    approver: str = "",
    outcome: Outcome = "allowed",
    request_id: str | None = None,
) -> AuditEvent:
    """Key generation, rotation, retirement (two admins: pass `approver`) and new token epochs."""
    who = f"{actor}+{approver}" if approver else actor
    return _admin(
        f"key_{op}", actor=who, outcome=outcome, reason="" if version is None else f"v{version}", request_id=request_id
    )


def policy_change(
    *, actor: str, tenant: str, service: str, version: int, outcome: Outcome = "allowed", request_id: str | None = None
) -> AuditEvent:
    """A service's policy replaced (admin API); `version` is the new snapshot's."""
    return _admin(
        "policy_change",
        actor=actor,
        tenant=tenant,
        outcome=outcome,
        reason=f"{service}:v{version}",
        request_id=request_id,
    )


def login(
    *,
    actor: str,
    outcome: Outcome,
    reason: str,
    request_id: str | None = None,
    action: Literal["login", "step_up"] = "login",
) -> AuditEvent:
    """Admin login or step-up; `reason` a code: ok, bad_password, bad_totp, totp_reused, locked…"""
    return _admin(action, actor=actor, outcome=outcome, reason=reason, request_id=request_id)


def merge(
    *, tenant: str, into: str, merged: Sequence[str], actor: str = SYSTEM_ACTOR, request_id: str | None = None
) -> list[AuditEvent]:
    """Subjects folded into `into` by one signed event (Resolution.merged): one event each."""
    return [
        _admin("merge", actor=actor, tenant=tenant, subject=into, reason=f"from:{source}", request_id=request_id)
        for source in merged
    ]


def block(*, service: str, tenant: str, reason: str, actor: str = SYSTEM_ACTOR) -> AuditEvent:
    return _admin("service_block", actor=actor, tenant=tenant, reason=f"{service}:{reason}")


def lift(*, admin: str, service: str, tenant: str, request_id: str | None = None) -> AuditEvent:
    return _admin("service_unblock", actor=admin, tenant=tenant, reason=service, request_id=request_id)


def honey_plant(
    *, admin: str, tenant: str, subject: str, tokens: Sequence[str], request_id: str | None = None
) -> AuditEvent:
    return _admin("honey_plant", actor=admin, tenant=tenant, subject=subject, tokens=tokens, request_id=request_id)


async def record(audit: AuditWriter, events: Iterable[AuditEvent]) -> None:
    """Append every event, in order; `AuditError` on the first that cannot be written."""
    for event in events:
        await audit.append(event)
