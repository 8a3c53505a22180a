"""Authorisation: a grant lookup plus the recipient rule (docs/design.md, Services / Outbound).

Default deny, no deny votes: a service may do only what its policy lists. `use`
(detokenising in flight towards WhatsApp or a `sink` route) is bound to the
recipient: a token is used only if its owning subject is the recipient's subject,
unless the entity is listed in `any_subject`. Pure: no I/O, no clock.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from proxy.config import Ceilings, RateLimit, ServiceSettings


class Op(enum.Enum):
    USE = "use"
    REVEAL = "reveal"
    MASK = "mask"
    TOKENIZE = "tokenize"
    IDENTIFY = "identify"  # mint an identifier token without a subject: a lookup


@dataclass(frozen=True, slots=True)
class Policy:
    service: str
    tenant: str
    use_whatsapp: frozenset[str] = frozenset()
    use_routes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    reveal: frozenset[str] = frozenset()
    mask: frozenset[str] = frozenset()
    tokenize: frozenset[str] = frozenset()
    identify: frozenset[str] = frozenset()
    create_subjects: bool = False
    purposes: frozenset[str] = frozenset()
    raw_recipients: bool = False
    media: frozenset[str] = frozenset()
    any_subject: frozenset[str] = frozenset()
    rate_limits: Mapping[str, RateLimit] = field(default_factory=dict)
    ceilings: Ceilings = field(default_factory=Ceilings)

    @classmethod
    def from_settings(cls, svc: ServiceSettings) -> Policy:
        if isinstance(svc.use, list):
            whatsapp, routes = svc.use, {}
        else:
            whatsapp = list(svc.use.get("whatsapp", []))
            routes = {name: frozenset(v) for name, v in dict(svc.use.get("routes", {})).items()}
        return cls(
            service=svc.name,
            tenant=svc.tenant,
            use_whatsapp=frozenset(whatsapp),
            use_routes=routes,
            reveal=frozenset(svc.reveal),
            mask=frozenset(svc.mask),
            tokenize=frozenset(svc.tokenize),
            identify=frozenset(svc.identify),
            create_subjects=svc.create_subjects,
            purposes=frozenset(svc.purposes),
            raw_recipients=svc.raw_recipients,
            media=frozenset(svc.media),
            any_subject=frozenset(svc.any_subject),
            rate_limits=dict(svc.rate_limits),
            ceilings=svc.ceilings,
        )


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reason: str  # a stable code: granted, not_granted, cross_subject_token, purpose_not_allowed …


def _granted(entities: frozenset[str], entity: str) -> bool:
    return entity in entities or "*" in entities


def decide(
    policy: Policy,
    op: Op,
    entity: str,
    *,
    purpose: str | None = None,
    route: str | None = None,
    recipient_subject: str | None = None,
    owner_subject: str | None = None,
) -> Decision:
    if op in (Op.REVEAL, Op.MASK):
        if not purpose:
            return Decision(False, "purpose_required")
        if policy.purposes and purpose not in policy.purposes:
            return Decision(False, "purpose_not_allowed")
        grants = policy.reveal if op is Op.REVEAL else policy.mask
        return Decision(_granted(grants, entity), "granted" if _granted(grants, entity) else "not_granted")
    if op is Op.TOKENIZE:
        ok = _granted(policy.tokenize, entity)
        return Decision(ok, "granted" if ok else "not_granted")
    if op is Op.IDENTIFY:
        ok = _granted(policy.identify, entity)
        return Decision(ok, "granted" if ok else "identify_not_granted")
    grants = policy.use_whatsapp if route is None else policy.use_routes.get(route, frozenset())
    if not _granted(grants, entity):
        return Decision(False, "forbidden_entity")
    if entity in policy.any_subject:
        return Decision(True, "granted")
    if recipient_subject is None or owner_subject != recipient_subject:
        return Decision(False, "cross_subject_token")
    return Decision(True, "granted")
