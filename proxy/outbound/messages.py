"""Detokenising a Graph API message, bound to the customer it goes to.

The one rule (docs/design.md, Outbound; docs/decisions.md 1): tokens in a message are put back
only when `to` / `recipient` is itself a token, and only tokens owned by that
recipient's subject (an entity listed in the service's `any_subject` lifts the subject
check). So a service can never make Veil send a value to itself, to an operator's phone
or to another customer; and the number or BSUID it goes to must itself be an alias of
that subject. Where tokens are looked for is `proxy/outbound/message_fields.py` (identifier fields
whole, `tok_` tokens in free text, nothing inside URLs or `biz_opaque_callback_data`;
docs/decisions.md 22.3).

Refusals (nothing is sent upstream): a malformed or unknown token → 400 naming it; a raw
recipient without `raw_recipients: true` → 403 `raw_recipient_not_allowed`, with it and
any token present → 403 `tokens_with_raw_recipient`; an entity the service may not `use`
→ 403 `forbidden_entity` listing the tokens; another subject's token → 403
`cross_subject_token`. Wamid tokens need no `use` grant (Meta issued the id and gets it
back) but obey the recipient rule. Authorisation reads the entity sealed in the vault
record, never the token string. Every refusal is audited with the recipient's subject;
an authorised use then passes the access guard (`admit`: blocked service, honey token,
ceiling → 403) which audits it per owning subject, all before anything leaves; an audit
failure refuses (503).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from proxy.access import Admit, Op, Policy, decide
from proxy.audit import AuditEvent, AuditWriter, Outcome
from proxy.errors import BadRequest, PermissionDenied, TokenError, VeilError
from proxy.outbound.message_fields import RECIPIENT_FIELDS, Found, Kind, find_tokens, substitute
from proxy.outbound.retokenize import alias_for
from proxy.vault import (
    PHONE_NUMBER,
    WHATSAPP_GROUP_ID,
    WHATSAPP_MESSAGE_ID,
    WHATSAPP_USER_ID,
    Alias,
    Miss,
    NotRevealed,
    Revealed,
    Vault,
)

RECIPIENT_ENTITIES = frozenset({PHONE_NUMBER, WHATSAPP_USER_ID, WHATSAPP_GROUP_ID})


def token_refusal(code: str, what: str, tokens: Sequence[str]) -> TokenError:
    """400 naming the tokens (tokens are not PII; the caller sent them)."""
    return TokenError(f"{what}: {', '.join(sorted(set(tokens)))}", code)


def miss_refusal(tokens: Sequence[str], results: Sequence[Revealed | NotRevealed]) -> TokenError | None:
    """The refusal for tokens the vault did not open, or None: a mangled token (one only the
    first check character vouched for, which the vault never issued) is `malformed_token`,
    like any other typo; a well-formed token the tenant does not hold is `unknown_token`."""
    pairs = list(zip(tokens, results, strict=True))
    mangled = [t for t, r in pairs if isinstance(r, NotRevealed) and r.error is Miss.MALFORMED]
    if mangled:
        return token_refusal("malformed_token", "malformed token(s)", mangled)
    missing = [t for t, r in pairs if not isinstance(r, Revealed)]
    return token_refusal("unknown_token", "unknown token(s)", missing) if missing else None


@dataclass(frozen=True, slots=True)
class Caller:
    """The service sending the message: who asks, for the audit trail (its actor) and the policy."""

    service: str
    tenant: str
    policy: Policy
    request_id: str = ""
    phone_prefix: int = 289


@dataclass(frozen=True, slots=True)
class Detokenized:
    body: dict[str, Any]  # what goes upstream
    recipient_subject: str | None  # None for a raw recipient
    raw_recipient: str | None = None
    used: dict[str, str] = field(default_factory=dict)  # value put back -> its token (reflection guard)
    recipients: dict[str, str] = field(default_factory=dict)  # value of to / recipient -> its token
    entities: tuple[str, ...] = ()


async def _audit(
    audit: AuditWriter,
    actor: Caller,
    outcome: Outcome,
    reason: str,
    *,
    subject: str = "",
    tokens: Sequence[str] = (),
    entities: Sequence[str] = (),
) -> None:
    await audit.append(
        AuditEvent(
            actor=actor.service,
            action="use",
            tenant=actor.tenant,
            outcome=outcome,
            reason=reason,
            subject=subject,
            tokens=tuple(sorted(set(tokens))),
            entities=tuple(sorted(set(entities))),
            purpose="whatsapp",
            request_id=actor.request_id,
        )
    )


async def _refuse(
    audit: AuditWriter,
    actor: Caller,
    error: VeilError,
    *,
    subject: str = "",
    tokens: Sequence[str] = (),
    entities: Sequence[str] = (),
) -> VeilError:
    """Audit a refusal (an audit failure still refuses, as 503), then hand back the error to raise."""
    await _audit(audit, actor, "denied", error.code, subject=subject, tokens=tokens, entities=entities)
    return error


def _recipient(found: list[Found], revealed: dict[str, Revealed]) -> tuple[str | None, list[str]]:
    """The recipient's subject, and the tokens that make the recipient invalid."""
    recips = [f for f in found if f.kind is Kind.RECIPIENT]
    if not recips:  # a read receipt names its chat only through the message id
        recips = [f for f in found if f.kind is Kind.MESSAGE_ID]
        if not recips or any(f.kind is not Kind.MESSAGE_ID for f in found):
            return None, []
    bad = [
        f.canonical
        for f in recips
        if revealed[f.canonical].entity not in RECIPIENT_ENTITIES and f.kind is Kind.RECIPIENT
    ]
    subjects = {revealed[f.canonical].subject for f in recips}
    if bad:
        return None, bad
    if len(subjects) != 1:
        return None, [f.canonical for f in recips]
    return subjects.pop(), []


RECIPIENT_REFUSALS = {
    "recipient_not_subject": "the recipient is not an identifier of the customer its token belongs to",
    "tokens_with_group_recipient": "no token is detokenised in a message to a group",
}


async def _reaches_subject(
    vault: Vault, tenant: str, found: list[Found], revealed: dict[str, Revealed], subject: str
) -> str | None:
    """The number or BSUID a message goes to must be an alias of the subject whose tokens it
    may carry: a phone a customer typed ("my husband's number") is owned by her subject but
    reaches someone else. A group reaches many people: then nothing but the group is put back."""
    for f in found:
        if f.kind is not Kind.RECIPIENT:
            continue
        r = revealed[f.canonical]
        if r.entity == WHATSAPP_GROUP_ID:
            if any(g.kind is not Kind.RECIPIENT for g in found):
                return "tokens_with_group_recipient"
            continue
        alias = Alias("wa_id", r.value) if r.entity == PHONE_NUMBER else alias_for(r.value)
        if await vault.subjects.lookup(tenant, alias) != subject:
            return "recipient_not_subject"
    return None


def _authorise(
    found: list[Found], revealed: dict[str, Revealed], policy: Policy, subject: str
) -> tuple[list[str], list[str], list[str]]:
    """(tokens of entities not granted, tokens of other subjects, tokens in the wrong field)."""
    forbidden, cross, misplaced = [], [], []
    for f in found:
        r = revealed[f.canonical]
        if f.kind is Kind.MESSAGE_ID:
            if r.entity != WHATSAPP_MESSAGE_ID:
                misplaced.append(f.canonical)
            elif r.subject != subject and WHATSAPP_MESSAGE_ID not in policy.any_subject:
                cross.append(f.canonical)
            continue
        decision = decide(policy, Op.USE, r.entity, recipient_subject=subject, owner_subject=r.subject)
        if decision.reason == "forbidden_entity":
            forbidden.append(f.canonical)
        elif not decision.allowed:
            cross.append(f.canonical)
    return forbidden, cross, misplaced


async def detokenize_message(
    body: dict[str, Any], *, actor: Caller, vault: Vault, audit: AuditWriter, admit: Admit
) -> Detokenized:
    """The body to send upstream, or a refusal raised before anything is sent. `admit` is the
    access guard (blocks, honey tokens, ceilings; it audits the allowed use, per subject)."""
    for name in RECIPIENT_FIELDS:
        if name in body and not isinstance(body[name], str):
            raise await _refuse(audit, actor, BadRequest([f"{name} must be a string"]))
    found, malformed, raw = find_tokens(body, phone_prefix=actor.phone_prefix)
    if malformed:
        raise await _refuse(audit, actor, token_refusal("malformed_token", "malformed token(s)", malformed))
    if raw:
        if not actor.policy.raw_recipients:
            raise await _refuse(
                audit,
                actor,
                PermissionDenied("raw_recipient_not_allowed", "this service may send only to recipient tokens"),
            )
        if found:
            raise await _refuse(
                audit,
                actor,
                PermissionDenied(
                    "tokens_with_raw_recipient", "no token is detokenised in a message to a raw recipient"
                ),
                tokens=[f.canonical for f in found],
            )
        return Detokenized(body, None, raw_recipient=next(iter(raw.values())))
    if not found:
        return Detokenized(body, None)
    canon = sorted({f.canonical for f in found})
    results = await vault.reveal(actor.tenant, canon)
    revealed = {r.token: r for r in results if isinstance(r, Revealed)}
    if (refusal := miss_refusal(canon, results)) is not None:
        raise await _refuse(audit, actor, refusal)
    subject, bad = _recipient(found, revealed)
    if subject is None:
        tokens = bad or canon
        error = (
            BadRequest([f"recipient is not a single customer token: {', '.join(bad)}"], "bad_recipient")
            if bad
            else BadRequest(
                ["tokens are detokenised only in a message whose to/recipient is a token"], "recipient_required"
            )
        )
        raise await _refuse(audit, actor, error, tokens=tokens)
    if (reason := await _reaches_subject(vault, actor.tenant, found, revealed, subject)) is not None:
        recips = [f.canonical for f in found if f.kind is Kind.RECIPIENT]
        raise await _refuse(
            audit, actor, PermissionDenied(reason, RECIPIENT_REFUSALS[reason]), subject=subject, tokens=recips
        )
    forbidden, cross, misplaced = _authorise(found, revealed, actor.policy, subject)
    entities = [revealed[c].entity for c in canon]
    if misplaced:
        raise await _refuse(
            audit,
            actor,
            token_refusal("misplaced_token", "not a message id token", misplaced),
            subject=subject,
            tokens=misplaced,
        )
    if forbidden:
        names = sorted({revealed[c].entity for c in forbidden})
        raise await _refuse(
            audit,
            actor,
            PermissionDenied(
                "forbidden_entity", f"this service may not use {', '.join(names)}: {', '.join(sorted(set(forbidden)))}"
            ),
            subject=subject,
            tokens=forbidden,
            entities=names,
        )
    if cross:
        raise await _refuse(
            audit,
            actor,
            PermissionDenied("cross_subject_token", f"token(s) of another customer: {', '.join(sorted(set(cross)))}"),
            subject=subject,
            tokens=cross,
        )
    await admit(Op.USE, [revealed[c] for c in canon], "whatsapp")
    if vault.settings.renew_on_use:
        await vault.renew(actor.tenant, list(revealed.values()))
    values = {c: revealed[c].value for c in canon}
    recipients = {values[f.canonical]: f.canonical for f in found if f.kind is Kind.RECIPIENT}
    return Detokenized(
        substitute(body, found, values),
        subject,
        used={v: c for c, v in values.items()},
        recipients=recipients,
        entities=tuple(entities),
    )
