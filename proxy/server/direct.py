"""`POST /v1/tokenize` and `POST /v1/detokenize`: the direct API for services.

Order of checks, so a refusal says nothing it should not: the service key (401), the
body (400), the purpose (400, then 403 `purpose_not_allowed`), the grants (403), the
rate limit (429 + Retry-After), then the vault. Every tokenisation and every reveal is
audited per subject, with the purpose; the audit entry is written before the answer,
and if it cannot be written the request is refused with 503 and no value leaves.
Unknown and foreign-tenant tokens answer `not_found` alike (the vault looks a token up
only within the caller's tenant). The entity that authorises is the one sealed in the
vault record, never the one written in the token string.
"""

from __future__ import annotations

import re
import secrets
from collections import defaultdict
from collections.abc import Sequence

from aiohttp import web

from proxy.access import Op, Policy, ValueItem, Verdict, decide, judge, limit_for
from proxy.audit import events as audit_events
from proxy.detection import DetectionSettings, Places, regions_of, replace_spans
from proxy.errors import BadRequest, PermissionDenied, RateLimited
from proxy.logs import digest_key
from proxy.server.app_keys import PRINCIPAL, RUNTIME
from proxy.server.helpers import json_body, writer
from proxy.server.middleware import require_service
from proxy.server.models.fields import parse
from proxy.server.models.public import Detokenize, Subject, TokenizeText, TokenizeValues, subject_raw
from proxy.vault import (
    IDENTIFIER_ENTITIES,
    TEXT_TOKEN_RE,
    Minted,
    Revealed,
    Shape,
    TokenizeRequest,
    Vault,
    alias_for,
    parse_ref,
    resolve,
)

_ID_SHAPES = {"wa_id": Shape.DIGITS, "bsuid": Shape.BSUID, "parent_bsuid": Shape.PARENT_BSUID}


async def _policy(request: web.Request) -> Policy:
    principal = request[PRINCIPAL]
    rt = await request.app[RUNTIME].ready()
    return rt.policy_sync.store.current.get(principal.service) or Policy(principal.service, principal.tenant)


async def _subject(request: web.Request, vault: Vault, given: Subject) -> str:
    ref = parse_ref(subject_raw(given), phone_prefix=vault.settings.phone_token_prefix)
    subject = await resolve(vault, request[PRINCIPAL].tenant, ref)
    if subject is None:
        raise BadRequest(["subject: no such subject in this service's tenant"], "unknown_subject")
    return subject


async def _audit_minted(request: web.Request, minted: Sequence[Minted]) -> None:
    principal = request[PRINCIPAL]
    events = audit_events.tokenize(actor=principal.service, tenant=principal.tenant, refs=minted)
    await audit_events.record(writer(request), events)
    metrics = request.app[RUNTIME].metrics
    for m in minted:
        metrics.tokenized(m.entity, principal.service)


async def _identifier_request(
    request: web.Request, vault: Vault, policy: Policy, item: ValueItem
) -> tuple[TokenizeRequest | None, bool]:
    """An identifier without a subject joins the subject it identifies; it starts one only
    if the service may create subjects (else an unknown identifier mints nothing: None).
    The flag says whether the identifier was unknown."""
    alias = alias_for(item.entity, item.value)
    if alias is None:
        raise BadRequest([f"subject: required for {item.entity} (deterministic per subject)"], "subject_required")
    principal = request[PRINCIPAL]
    shape = _ID_SHAPES.get(alias.kind, Shape.TEXT)
    if not policy.create_subjects:
        known = await vault.subjects.lookup(principal.tenant, alias)
        if known is None:
            return None, True
        return TokenizeRequest(item.value, item.entity, known, shape=shape, identifier=True), False
    found = await vault.subjects.resolve(principal.tenant, [alias])
    if found.merged:
        await audit_events.record(
            writer(request),
            audit_events.merge(
                tenant=principal.tenant, into=found.subject, merged=found.merged, actor=principal.service
            ),
        )
    return TokenizeRequest(item.value, item.entity, found.subject, shape=shape, identifier=True), found.created


async def _lookups(
    request: web.Request, vault: Vault, policy: Policy, items: Sequence[ValueItem]
) -> list[TokenizeRequest | None]:
    """Every item of a request without a subject, looked up; the count is audited first."""
    looked = [await _identifier_request(request, vault, policy, i) for i in items]
    principal = request[PRINCIPAL]
    await writer(request).append(
        audit_events.identify(
            actor=principal.service,
            tenant=principal.tenant,
            entities=[i.entity for i in items],
            lookups=len(items),
            unknown=sum(unknown for _, unknown in looked),
        )
    )
    created = sum(flag for r, flag in looked if r is not None)  # with create_subjects: a new subject
    await request.app[RUNTIME].guard.identified(principal, len(items), created)
    return [r for r, _ in looked]


async def _refuse_identify(request: web.Request, policy: Policy, items: Sequence[ValueItem]) -> None:
    """Without a subject, an identifier's token is a lookup (it names the customer behind a
    token seen elsewhere): that needs the `identify` grant, whatever `tokenize` says."""
    denied = sorted(
        {
            i.entity
            for i in items
            if i.entity in IDENTIFIER_ENTITIES and not decide(policy, Op.IDENTIFY, i.entity).allowed
        }
    )
    if denied:
        principal = request[PRINCIPAL]
        await writer(request).append(
            audit_events.denied(
                actor=principal.service,
                action="tokenize",
                tenant=principal.tenant,
                reason="identify_not_granted",
                entities=denied,
            )
        )
        raise PermissionDenied(
            "identify_not_granted",
            "minting an identifier without a subject needs the identify grant: " + ", ".join(denied),
        )


async def tokenize(request: web.Request) -> web.Response:
    require_service(request)
    principal = request[PRINCIPAL]
    rt = request.app[RUNTIME]
    policy = await _policy(request)
    raw = await json_body(request)
    vault = rt.ready_vault()
    if "text" in raw:
        return await _tokenize_text(request, vault, policy, parse(TokenizeText, raw))
    body = parse(TokenizeValues, raw)
    items = [ValueItem(v.value, v.entity) for v in body.values]
    denied = sorted({i.entity for i in items if not decide(policy, Op.TOKENIZE, i.entity).allowed})
    if denied:
        await writer(request).append(
            audit_events.denied(
                actor=principal.service,
                action="tokenize",
                tenant=principal.tenant,
                reason="forbidden_entity",
                entities=denied,
            )
        )
        raise PermissionDenied("forbidden_entity", "no tokenize grant for: " + ", ".join(denied))
    if body.subject is None:
        await _refuse_identify(request, policy, items)
    rt = await rt.ready()
    if body.subject is None:
        lookups = sum(i.entity in IDENTIFIER_ENTITIES for i in items)
        budget = limit_for(policy.rate_limits, "identify")
        try:
            await rt.ratelimit.charge(principal.tenant, principal.service, "identify", budget, lookups)
        except RateLimited as exc:  # the identify ceiling: refused, and someone should look
            day = exc.retry_after > 60
            limit = (budget.per_day if day else budget.per_minute) if budget is not None else None
            rt.guard.identify_ceiling(principal, lookups, limit or 0, "day" if day else "minute")
            raise
    await rt.ratelimit.charge(
        principal.tenant, principal.service, "tokenize", limit_for(policy.rate_limits, "tokenize"), len(items)
    )
    subject = await _subject(request, vault, body.subject) if body.subject is not None else None
    wanted: list[TokenizeRequest | None] = (
        [TokenizeRequest(i.value, i.entity, subject) for i in items]
        if subject
        else await _lookups(request, vault, policy, items)
    )
    minted = iter(await vault.tokenize(principal.tenant, [r for r in wanted if r is not None]))
    answers = [None if r is None else next(minted) for r in wanted]
    await _audit_minted(request, [m for m in answers if m is not None])
    return web.json_response({"tokens": [None if m is None else m.token for m in answers]})


def _tenant_language(request: web.Request) -> tuple[str | None, tuple[str, ...], bool | None]:
    """(language, phone regions, identify_language) of the caller's tenant."""
    settings = request.app[RUNTIME].settings
    for tenant in settings.tenants:
        if tenant.name == request[PRINCIPAL].tenant:
            return tenant.language, tuple(tenant.phone_regions), tenant.identify_language
    return None, (), None


def _tenant_places(request: web.Request) -> Places | None:
    """The caller's tenant's `places` ("all": every place found is tokenised), None when it set none
    (then `detection.places`)."""
    settings = request.app[RUNTIME].settings
    for tenant in settings.tenants:
        if tenant.name == request[PRINCIPAL].tenant:
            return tenant.places
    return None


def _business_regions(request: web.Request) -> tuple[str, ...]:
    """The countries of the caller's tenant's own numbers: their national phone forms are read
    in a text (docs/detection.md, "National forms without a configured region")."""
    settings = request.app[RUNTIME].settings
    for tenant in settings.tenants:
        if tenant.name == request[PRINCIPAL].tenant:
            return regions_of(tenant.display_numbers)
    return ()


async def _tokenize_text(request: web.Request, vault: Vault, policy: Policy, body: TokenizeText) -> web.Response:
    principal = request[PRINCIPAL]
    rt = request.app[RUNTIME]
    text = body.text
    if "*" not in policy.tokenize:
        await writer(request).append(
            audit_events.denied(
                actor=principal.service, action="tokenize", tenant=principal.tenant, reason="text_needs_wildcard"
            )
        )
        raise PermissionDenied("forbidden_entity", 'text mode needs the "*" tokenize grant')
    if body.subject is None:
        raise BadRequest(
            ["subject: required in text mode (what a text holds belongs to a subject)"], "subject_required"
        )
    subject = await _subject(request, vault, body.subject)
    detection = DetectionSettings.model_validate(rt.settings.detection)
    tenant_language, regions, identify = _tenant_language(request)
    # A language the caller names is the text's; without one the text's own is identified
    # (unless the tenant turned that off), the tenant's being the fallback.
    explicit = body.language
    language = explicit or tenant_language or detection.default_language
    if language not in detection.languages:
        raise BadRequest([f"language: one of {', '.join(detection.languages)}"], "unsupported_language")
    [spans] = await rt.detector.detect(
        [text],
        language=language,
        regions=regions,
        identify=False if explicit else identify,
        text_regions=[_business_regions(request)],
        places=_tenant_places(request),
    )
    marker = "\x00" + secrets.token_hex(6)
    found: list[tuple[str, str]] = []

    def placeholder(entity: str, value: str) -> str:
        found.append((entity, value))
        return f"{marker}:{len(found) - 1}\x00"

    masked = replace_spans(text, spans, placeholder)
    rt = await rt.ready()
    await rt.ratelimit.charge(
        principal.tenant, principal.service, "tokenize", limit_for(policy.rate_limits, "tokenize"), max(1, len(found))
    )
    minted = await vault.tokenize(principal.tenant, [TokenizeRequest(v, e, subject) for e, v in found])
    out: list[str] = []
    entities: list[dict[str, object]] = []
    pieces = re.split(re.escape(marker) + r":(\d+)\x00", masked)
    for i, piece in enumerate(pieces):
        if i % 2 == 0:
            out.append(piece)
            continue
        m = minted[int(piece)]
        start = sum(len(p) for p in out)
        out.append(m.token)
        entities.append({"entity": m.entity, "start": start, "end": start + len(m.token), "token": m.token})
    await _audit_minted(request, minted)
    return web.json_response({"text": "".join(out), "entities": entities})


async def _admit(request: web.Request, purpose: str, tokens: Sequence[str], verdicts: Sequence[Verdict]) -> None:
    """The access guard (blocks, honey tokens, ceilings), then the audit of every item:
    allowed reveals per subject, refusals per subject, misses by keyed digest."""
    principal = request[PRINCIPAL]
    rt = request.app[RUNTIME]
    granted = [v.revealed for v in verdicts if v.revealed is not None and v.outcome in ("revealed", "masked")]
    await rt.guard.check(principal, Op.REVEAL, [r.entity for r in granted], tokens, purpose=purpose)
    actor, tenant = principal.service, principal.tenant
    by_outcome: dict[str, list[Revealed]] = defaultdict(list)
    misses: list[str] = []
    for v in verdicts:
        if v.revealed is None:
            misses.append(v.answer["token"])
        else:
            by_outcome[v.outcome].append(v.revealed)
    events = audit_events.reveal(actor=actor, tenant=tenant, refs=by_outcome["revealed"], purpose=purpose)
    events += audit_events.reveal(
        actor=actor, tenant=tenant, refs=by_outcome["masked"], purpose=purpose, action="mask", reason="masked"
    )
    forbidden: dict[str, list[Revealed]] = defaultdict(list)
    for r in by_outcome["forbidden"]:
        forbidden[r.subject].append(r)
    for subject, refs in sorted(forbidden.items()):
        events.append(
            audit_events.denied(
                actor=actor,
                action="reveal",
                tenant=tenant,
                reason="not_granted",
                entities=[r.entity for r in refs],
                tokens=[r.token for r in refs],
                subject=subject,
                purpose=purpose,
            )
        )
    if misses:
        key = digest_key(rt.keyset.audit)
        events.append(
            audit_events.denied(
                actor=actor,
                action="reveal",
                tenant=tenant,
                reason="not_found",
                tokens=[audit_events.digest(t, key) for t in misses],
                purpose=purpose,
            )
        )
    await audit_events.record(writer(request), events)
    for v in verdicts:
        if v.revealed is not None:
            rt.metrics.revealed(v.revealed.entity, actor, "denied" if v.outcome == "forbidden" else "allowed")


async def detokenize(request: web.Request) -> web.Response:
    require_service(request)
    principal = request[PRINCIPAL]
    rt = request.app[RUNTIME]
    policy = await _policy(request)
    body = parse(Detokenize, await json_body(request))
    purpose = body.purpose
    if policy.purposes and purpose not in policy.purposes:
        await writer(request).append(
            audit_events.denied(
                actor=principal.service,
                action="reveal",
                tenant=principal.tenant,
                reason="purpose_not_allowed",
                purpose=purpose,
            )
        )
        raise PermissionDenied("purpose_not_allowed", "this purpose is not among the service's purposes")
    text = body.text
    tokens = [m.group(0) for m in TEXT_TOKEN_RE.finditer(text)] if text is not None else list(body.tokens or ())
    vault = rt.ready_vault()
    rt = await rt.ready()
    await rt.ratelimit.charge(
        principal.tenant, principal.service, "detokenize", policy.rate_limits.get("detokenize"), len(tokens)
    )
    results = await vault.reveal(principal.tenant, tokens)
    verdicts = judge(policy, purpose, tokens, results)
    await _admit(request, purpose, tokens, verdicts)
    if rt.settings.vault.renew_on_use:
        await vault.renew(
            principal.tenant, [v.revealed for v in verdicts if v.revealed is not None and v.outcome != "forbidden"]
        )
    if text is None:
        return web.json_response({"results": [v.answer for v in verdicts]})
    values = {v.answer["token"]: v.answer["value"] for v in verdicts if "value" in v.answer}
    return web.json_response({"text": TEXT_TOKEN_RE.sub(lambda m: values.get(m.group(0), m.group(0)), text)})


ROUTES = [web.post("/v1/tokenize", tokenize), web.post("/v1/detokenize", detokenize)]
