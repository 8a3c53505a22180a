"""Generic routes (JSON, v1): JSONPath rules per direction, with the grants each needs.

Request direction, in this order:
1. the request's **subject** (the customer it is about): the owner of the token at the
   route's `subject` path, or the subject a raw identifier there resolves to, else the
   subject of the first identifier a `tokenize` rule mints;
2. `tokenize` rules turn raw values into tokens (grant `tokenize: [ENTITY]`): identifiers
   start or join the subject they identify, other entities belong to the request's
   subject (400 `subject_required` without one);
3. `scan` rules tokenise what the detector finds in free text;
4. `detokenize` rules put values back. Towards a route declared `sink: true` this is
   *use* (grant `use.routes.<name>`), bound to the request's subject like a WhatsApp
   recipient (`any_subject` lifts it); towards any other route the caller can read the
   upstream back, so it is *reveal* (grant `reveal`, purpose `route:<name>` or the
   `X-Veil-Purpose` header).
Response direction: the reflection guard, then `tokenize` rules, then the text scan of
every string (unless `response: passthrough`, when only `scan` rules run), then
`detokenize` rules, which are always *reveal*. Every authorised use and reveal then
passes the access guard (`call.admit`: blocked service, honey token, ceiling → 403),
which audits it before the data moves; an audit failure refuses (503).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import jsonpath

from proxy.access import Admit, Op, Policy, decide
from proxy.audit import AuditEvent, AuditWriter, Outcome
from proxy.config import RouteDirection, RouteSettings, RouteTokenize
from proxy.detection import Detector, Places
from proxy.errors import BadRequest, PermissionDenied, TokenError
from proxy.outbound.messages import miss_refusal, token_refusal
from proxy.outbound.retokenize import BSUID_RE, PARENT_BSUID_RE, alias_for, scan_texts
from proxy.vault import (
    IDENTIFIER_ENTITIES,
    PHONE_NUMBER,
    TEXT_TOKEN_RE,
    WHATSAPP_MESSAGE_ID,
    WHATSAPP_USER_ID,
    WHATSAPP_USERNAME,
    Alias,
    Revealed,
    Shape,
    TokenizeRequest,
    Vault,
    parse,
)

Parts = tuple[str | int, ...]


@dataclass
class RouteCall:
    """One request through one route: who asks, what it may do, and what was put back."""

    name: str
    route: RouteSettings
    tenant: str
    service: str
    policy: Policy
    vault: Vault
    detector: Detector
    audit: AuditWriter
    admit: Admit  # the access guard bound to the caller (blocks, honey tokens, ceilings; audits)
    language: str
    regions: list[str]
    phone_prefix: int
    places: Places | None = None  # the tenant's `places`; None: as detection.places says
    request_id: str = ""
    purpose: str = ""
    subject: str | None = None
    used: dict[str, str] = field(default_factory=dict)  # value -> token, for the reflection guard

    @property
    def reveal_purpose(self) -> str:
        return self.purpose or f"route:{self.name}"


def matches(path: str, doc: Any) -> list[tuple[Parts, Any]]:
    return [(tuple(m.parts), m.obj) for m in jsonpath.finditer(path, doc)]


def set_at(doc: Any, parts: Parts, value: Any) -> None:
    node = doc
    for part in parts[:-1]:
        node = node[part]
    node[parts[-1]] = value


def _shape(rule: RouteTokenize, value: str) -> tuple[Shape, bool]:
    """(token shape, deterministic per tenant) for a value a rule tokenises."""
    identifier = rule.identifier if rule.identifier is not None else rule.entity in IDENTIFIER_ENTITIES
    if not identifier:
        return Shape.TEXT, False
    if rule.entity == PHONE_NUMBER:
        return Shape.DIGITS, True
    if rule.entity == WHATSAPP_USER_ID:
        return (
            Shape.PARENT_BSUID if PARENT_BSUID_RE.match(value) else Shape.BSUID if BSUID_RE.match(value) else Shape.TEXT
        ), True
    return (Shape.WAMID if rule.entity == WHATSAPP_MESSAGE_ID else Shape.TEXT), True


def _alias(entity: str, value: str) -> Alias | None:
    """The subject alias an identifier value is, if it is one (phones, BSUIDs, usernames)."""
    if entity == PHONE_NUMBER:
        return Alias("wa_id", value)
    if entity == WHATSAPP_USER_ID:
        return alias_for(value) if BSUID_RE.match(value) or PARENT_BSUID_RE.match(value) else None
    return Alias("username", value) if entity == WHATSAPP_USERNAME else None


def _is_token(call: RouteCall, value: str) -> bool:
    try:
        return parse(value, phone_prefix=call.phone_prefix) is not None
    except TokenError:
        return False


async def _audit(
    call: RouteCall,
    action: str,
    outcome: Outcome,
    reason: str,
    *,
    tokens: Sequence[str] = (),
    entities: Sequence[str] = (),
    purpose: str = "",
) -> None:
    await call.audit.append(
        AuditEvent(
            actor=call.service,
            action=action,
            tenant=call.tenant,
            outcome=outcome,
            reason=reason,
            tokens=tuple(sorted(set(tokens))),
            entities=tuple(sorted(set(entities))),
            subject=call.subject or "",
            purpose=purpose or f"route:{call.name}",
            request_id=call.request_id,
        )
    )


async def resolve_subject(call: RouteCall, doc: Any) -> None:
    """Set `call.subject` from the route's `subject` path, if it names anyone."""
    if not call.route.subject:
        return
    for _, value in matches(call.route.subject, doc):
        if not isinstance(value, str | int) or not str(value).strip():
            continue
        text = str(value)
        if _is_token(call, text):
            [result] = await call.vault.reveal(call.tenant, [text])
            if not isinstance(result, Revealed):
                raise miss_refusal([text], [result]) or token_refusal("unknown_token", "unknown token(s)", [text])
            call.subject = result.subject
        else:
            call.subject = (await call.vault.subjects.resolve(call.tenant, [alias_for(text)])).subject
        return


async def tokenize_rules(call: RouteCall, doc: Any, rules: RouteDirection, *, need_grant: bool) -> None:
    """Apply `tokenize` rules in place (on Veil's own copy of the document)."""
    todo: list[tuple[Parts, str, RouteTokenize]] = []
    for rule in rules.tokenize:
        for parts, value in matches(rule.path, doc):
            if (
                isinstance(value, str | int)
                and not isinstance(value, bool)
                and str(value)
                and not _is_token(call, str(value))
            ):
                todo.append((parts, str(value), rule))
    if not todo:
        return
    if need_grant:
        denied = sorted({r.entity for _, _, r in todo if not decide(call.policy, Op.TOKENIZE, r.entity).allowed})
        if denied:
            await _audit(call, "tokenize", "denied", "forbidden_entity", entities=denied)
            raise PermissionDenied("forbidden_entity", f"this service may not tokenize {', '.join(denied)}")
    requests: list[TokenizeRequest] = []
    for _, value, rule in todo:
        shape, identifier = _shape(rule, value)
        subject = call.subject
        alias = _alias(rule.entity, value) if identifier else None
        if alias is not None:
            subject = (await call.vault.subjects.resolve(call.tenant, [alias])).subject
            call.subject = call.subject or subject
        if subject is None:
            raise BadRequest(
                [f"{rule.entity} needs the customer it belongs to (route `subject` or an identifier)"],
                "subject_required",
            )
        requests.append(TokenizeRequest(value, rule.entity, subject, shape, identifier=identifier))
    minted = await call.vault.tokenize(call.tenant, requests)
    for (parts, _, _), m in zip(todo, minted, strict=True):
        set_at(doc, parts, m.token)
    await _audit(
        call, "tokenize", "allowed", "granted", tokens=[m.token for m in minted], entities=[m.entity for m in minted]
    )


async def scan_paths(call: RouteCall, doc: Any, paths: list[str]) -> Any:
    """Strings at `paths` (every string when `paths` is ["$..*"]) scanned as free text."""
    picked = [(parts, value) for path in paths for parts, value in matches(path, doc) if isinstance(value, str)]
    if not picked:
        return doc
    scanned = await scan_texts(
        [v for _, v in picked],
        vault=call.vault,
        detector=call.detector,
        tenant=call.tenant,
        subject=call.subject,
        language=call.language,
        regions=call.regions,
        places=call.places,
    )
    for (parts, _), new in zip(picked, scanned, strict=True):
        if parts:
            set_at(doc, parts, new)
        else:
            doc = new
    return doc


def _token_slots(call: RouteCall, doc: Any, paths: list[str]) -> tuple[list[tuple[Parts, str, list[str]]], list[str]]:
    """Per matched string: the tokens in it (the whole value, or `tok_` tokens in text)."""
    slots, malformed = [], []
    for path in paths:
        for parts, value in matches(path, doc):
            if not isinstance(value, str):
                continue
            try:
                whole = parse(value, phone_prefix=call.phone_prefix)
            except TokenError:
                malformed.append(value)
                continue
            found = [value] if whole is not None else [m[0] for m in TEXT_TOKEN_RE.finditer(value)]
            if found:
                slots.append((parts, value, found))
    return slots, malformed


async def detokenize_rules(call: RouteCall, doc: Any, paths: list[str], *, use: bool) -> None:
    """Put values back at `paths`: `use` towards a sink, `reveal` otherwise (or in a response)."""
    slots, malformed = _token_slots(call, doc, paths)
    if malformed:
        raise token_refusal("malformed_token", "malformed token(s)", malformed)
    tokens = sorted({t for _, _, found in slots for t in found})
    if not tokens:
        return
    results = await call.vault.reveal(call.tenant, tokens)
    if (refusal := miss_refusal(tokens, results)) is not None:
        raise refusal
    revealed = {t: r for t, r in zip(tokens, results, strict=True) if isinstance(r, Revealed)}
    await _authorise(call, revealed, use=use)
    for parts, value, found in slots:
        text = value
        for token in found:
            text = text.replace(token, revealed[token].value)
            call.used[revealed[token].value] = token
        if parts:
            set_at(doc, parts, text)


async def _authorise(call: RouteCall, revealed: dict[str, Revealed], *, use: bool) -> None:
    action = "use" if use else "reveal"
    purpose = f"route:{call.name}" if use else call.reveal_purpose
    if use and call.subject is None:  # no named customer: the tokens must all be one customer's
        owners = {r.subject for r in revealed.values() if r.entity not in call.policy.any_subject}
        call.subject = owners.pop() if len(owners) == 1 else None
    refused: dict[str, list[str]] = {}
    for token, r in revealed.items():
        if use:
            d = decide(
                call.policy, Op.USE, r.entity, route=call.name, recipient_subject=call.subject, owner_subject=r.subject
            )
        else:
            d = decide(call.policy, Op.REVEAL, r.entity, purpose=purpose)
        if not d.allowed:
            refused.setdefault("forbidden_entity" if d.reason == "not_granted" else d.reason, []).append(token)
    entities = [r.entity for r in revealed.values()]
    for code in ("purpose_not_allowed", "purpose_required", "forbidden_entity", "cross_subject_token"):
        if code in refused:
            await _audit(call, action, "denied", code, tokens=refused[code], entities=entities, purpose=purpose)
            raise PermissionDenied(code, f"{code}: {', '.join(sorted(refused[code]))}")
    await call.admit(Op.USE if use else Op.REVEAL, list(revealed.values()), purpose)
    if call.vault.settings.renew_on_use:
        await call.vault.renew(call.tenant, list(revealed.values()))
