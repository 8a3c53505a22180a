"""Honey tokens: decoy customers whose tokens no legitimate workflow ever touches.

An admin plants a decoy subject (`plant_decoy`): it goes through the real vault like any
customer (a wa_id alias, a phone, a name, an e-mail), so its tokens are indistinguishable
from real ones; they are then listed in the tenant's honey set. The admin places them
where an intruder would look (a CRM record, a test export). The access guard refuses
any use or reveal of one and alerts at once, before anything is revealed.

The fake values are plausible but can never reach a real person: phone numbers from
Ofcom's range reserved for drama (+44 7700 900000–900999), e-mail under example.com
(RFC 2606), and common names. Their plausibility matters little anyway: an intruder
sees only tokens until a reveal, and the reveal is what raises the alarm.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from redis.asyncio import Redis

from proxy.audit import AuditWriter, events
from proxy.kv import as_str, keyspace
from proxy.vault import EMAIL_ADDRESS, PHONE_NUMBER, Alias, Shape, TokenizeRequest, Vault

FIRST = (
    "Laura",
    "Marco",
    "Sofia",
    "James",
    "Emma",
    "Lucas",
    "Olivia",
    "Noah",
    "Chiara",
    "Daniel",
    "Amelia",
    "Mateo",
    "Giulia",
    "Thomas",
    "Hannah",
    "Leon",
)
LAST = (
    "Bianchi",
    "Morgan",
    "Keller",
    "Russo",
    "Walsh",
    "Moreau",
    "Santos",
    "Fischer",
    "Conti",
    "Hughes",
    "Navarro",
    "Brennan",
    "Ricci",
    "Dubois",
    "Lang",
    "Ferrari",
)


@dataclass(frozen=True, slots=True)
class Decoy:
    tenant: str
    subject: str
    wa_id: str  # the 15-digit token that stands for the decoy's wa_id / phone
    text_tokens: Mapping[str, str]  # entity -> `tok_…` token, for free text and generic fields
    tokens: tuple[str, ...]  # every decoy token (all shapes), as marked in the honey set


def decoy_values(rng: random.Random | None = None) -> dict[str, str]:
    """Plausible fake values that belong to nobody (see the module docstring)."""
    r = rng or secrets.SystemRandom()
    first, last = r.choice(FIRST), r.choice(LAST)
    return {
        PHONE_NUMBER: f"447700900{r.randrange(1000):03d}",
        "PERSON": f"{first} {last}",
        EMAIL_ADDRESS: f"{first.lower()}.{last.lower()}{r.randrange(10, 99)}@example.com",
    }


async def plant_decoy(
    vault: Vault,
    audit: AuditWriter,
    *,
    tenant: str,
    admin: str,
    rng: random.Random | None = None,
    request_id: str | None = None,
) -> Decoy:
    """Create a decoy subject through the vault and mark its tokens as honey (audited
    before they are marked: no audit, no decoy)."""
    values = decoy_values(rng)
    resolution = await vault.subjects.resolve(tenant, [Alias("wa_id", values[PHONE_NUMBER])])
    subject = resolution.subject
    minted = await vault.tokenize(
        tenant,
        [
            TokenizeRequest(values[PHONE_NUMBER], PHONE_NUMBER, subject, Shape.DIGITS, identifier=True),
            TokenizeRequest(values[PHONE_NUMBER], PHONE_NUMBER, subject, Shape.TEXT, identifier=True),
            TokenizeRequest(values["PERSON"], "PERSON", subject),
            TokenizeRequest(values[EMAIL_ADDRESS], EMAIL_ADDRESS, subject),
            TokenizeRequest(values[EMAIL_ADDRESS], EMAIL_ADDRESS, subject, Shape.EMAIL),
        ],
    )
    tokens = [m.token for m in minted]
    await audit.append(
        events.honey_plant(admin=admin, tenant=tenant, subject=subject, tokens=tokens, request_id=request_id)
    )
    redis: Redis = vault.redis
    async with redis.pipeline(transaction=False) as pipe:
        pipe.sadd(keyspace.honey_tokens(tenant), *tokens)
        pipe.sadd(keyspace.honey_subjects(tenant), subject)
        await pipe.execute()
    text = {m.entity: m.token for m in minted if m.token.startswith("tok_")}
    return Decoy(tenant, subject, wa_id=minted[0].token, text_tokens=text, tokens=tuple(tokens))


async def honey_tokens(redis: Redis, tenant: str) -> set[str]:
    """Every decoy token of a tenant (admin listing)."""
    return {as_str(t) for t in await redis.smembers(keyspace.honey_tokens(tenant))}
