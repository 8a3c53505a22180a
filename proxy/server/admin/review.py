"""`/admin/v1/subjects/lookup` and `/admin/v1/audit/verify`: what a privacy officer reads before acting.

A lookup names a subject by a token or an alias in the body (never the URL, so the alias is
in no access log), and answers its tokens with entity and times, the number of aliases and,
on request, the access report ("who saw my data") from the audit trail: never a value, so
it needs `tokens:read` and no step-up, and it is audited (`subject_lookup`) because knowing
that a customer is in the vault is itself personal data. A name that resolves to nothing in
the tenant is 404, whatever the reason, as for erasure.

Verification checks every writer's chain in Redis with the audit public key only (sequence,
hash links, signed checkpoints; `proxy.audit.verify`), off the event loop, and records its
result as an `audit_verify` entry, so "when was the trail last verified, and was it good" is
itself read from the trail (the console's overview does).
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from proxy.audit import AuditFilter, WriterReport, load_redis, query, verify
from proxy.errors import BadRequest
from proxy.server.admin.auth import PREFIX, require, tenant_of
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import audit, read_body, reply
from proxy.server.models import answers as ans
from proxy.server.models.admin import Lookup, Nothing
from proxy.server.models.public import subject_raw
from proxy.vault import parse_ref, resolve


async def lookup(request: web.Request) -> web.Response:
    body = await read_body(request, Lookup)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "tokens:read", tenant=tenant)
    rt = request.app[RUNTIME]
    vault = rt.ready_vault()
    try:
        ref = parse_ref(subject_raw(body.subject), phone_prefix=vault.settings.phone_token_prefix)
    except BadRequest:
        raise BadRequest(["subject: a token or an alias (string or {kind, value})"]) from None
    subject = await resolve(vault, tenant, ref)
    if subject is None:
        raise web.HTTPNotFound(reason="Subject not found")
    await audit(
        request, actor=actor.audit_name, action="subject_lookup", tenant=tenant, outcome="allowed", subject=subject
    )
    admin = rt.vault_admin
    tokens = await admin.subject_tokens(tenant, subject)
    doc: dict[str, Any] = {
        "tenant": tenant,
        "subject": subject,
        "aliases": await admin.alias_count(tenant, subject),
        "tokens": [
            {
                "token": token,
                "entity": meta.entity,
                "first_seen": meta.first_seen,
                "last_seen": meta.last_seen,
                "expires_in": meta.expires_in,
            }
            for token, meta in tokens
            if meta.state == "live"
        ],
    }
    if body.report:
        flt = AuditFilter(tenant=tenant, subject=subject, tokens={t for t, _ in tokens})
        doc["access_report"] = await query(rt.redis, flt, limit=0)
    return reply(ans.LookupAnswer, doc)


def _report(r: WriterReport) -> dict[str, Any]:
    bad = r.first_bad
    return {
        "writer": r.writer,
        "entries": r.entries,
        "tail_seq": r.tail_seq,
        "checkpoint_seq": r.checkpoint_seq,
        "ok": r.ok,
        "truncated": r.truncated,
        "first_bad": None if bad is None else {"seq": bad.seq, "reason": bad.reason},
    }


async def verify_chains(request: web.Request) -> web.Response:
    await read_body(request, Nothing)
    actor = await require(request, "audit", global_only=True)
    rt = await request.app[RUNTIME].ready()
    records = await load_redis(rt.redis)
    public = rt.keyset.signing_key().public_key()
    reports = await asyncio.to_thread(verify, records, public_key=public)
    bad = [name for name, r in reports.items() if not r.ok]
    await audit(
        request,
        actor=actor.audit_name,
        action="audit_verify",
        tenant="",
        outcome="allowed",
        reason=f"bad_writers:{len(bad)}" if bad else "ok",
    )
    return reply(ans.VerifyAnswer, {"ok": not bad, "writers": [_report(r) for r in reports.values()]})


ROUTES = [
    web.post(f"{PREFIX}/subjects/lookup", lookup),
    web.post(f"{PREFIX}/audit/verify", verify_chains),
]
