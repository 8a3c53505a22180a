"""`/admin/v1/subjects/…`: erase, export, bulk export and the DSAR helper; and one token revealed.

A subject is named by any of its tokens or aliases (`proxy.vault.subject_refs`); a name that
resolves to nothing in the tenant is 404, whatever the reason (unknown, other tenant,
already erased). Erasure and export reveal or destroy data: they need a step-up and
are audited before they act (no audit, no action). Bulk export needs a second admin's
approval and streams one JSON object per line, so a CLI can show progress.

Revealing one token (`POST /tokens/reveal`, `veil vault reveal`) is the export of a single
value: the same `export` scope and step-up, plus a purpose, and it is audited as a `reveal`
with that purpose (the entry a service's `/v1/detokenize` writes) before the value leaves.
The token travels in the body, so it is in no URL or access log line.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from proxy.audit import AuditFilter, events, query
from proxy.errors import BadRequest, PermissionDenied
from proxy.inbound import pending_events
from proxy.server.admin.auth import PREFIX, require, tenant_of
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import read_body, read_path, reply, writer
from proxy.server.models import answers as ans
from proxy.server.models.admin import BulkExport, Dsar, Export, IdPath, RevealToken, SubjectCall
from proxy.server.models.public import Subject, subject_raw
from proxy.server.runtime import Runtime
from proxy.vault import Revealed, dsar_detokenize, export_subject, parse_ref, receipt_state, resolve, rfc3339


async def _subject(request: web.Request, tenant: str, given: Subject) -> str:
    vault = request.app[RUNTIME].ready_vault()
    try:
        ref = parse_ref(subject_raw(given), phone_prefix=vault.settings.phone_token_prefix)
    except BadRequest:
        raise BadRequest(["subject: a token or an alias (string or {kind, value})"]) from None
    subject = await resolve(vault, tenant, ref)
    if subject is None:
        raise web.HTTPNotFound(reason="Subject not found")
    return subject


async def erase(request: web.Request) -> web.Response:
    body = await read_body(request, SubjectCall)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "erase", tenant=tenant, step_up=True)
    subject = await _subject(request, tenant, body.subject)
    await writer(request).append(events.erase(actor=actor.audit_name, tenant=tenant, subject=subject))
    rt = await request.app[RUNTIME].ready()
    result = await rt.eraser.erase(tenant, subject, actor=actor.audit_name)
    return reply(
        ans.ErasureAnswer,
        {
            "receipt": result.receipt_id,
            "tenant": tenant,
            "subject": subject,
            "tokens": result.tokens,
            "aliases": result.aliases,
            "erased_at": rfc3339(result.erased_at),
            "notices": {name: "pending" for name in result.notified},
        },
    )


async def erasure_receipt(request: web.Request) -> web.Response:
    state = await receipt_state(request.app[RUNTIME].redis, read_path(request, IdPath).id)
    if state is None:
        raise web.HTTPNotFound(reason="No such receipt")
    await require(request, "erase", tenant=str(state.get("tenant", "")))
    return reply(ans.ReceiptAnswer, state)


async def _export(
    rt: Runtime, tenant: str, subject: str, *, pending: bool = True, values: bool = False
) -> dict[str, Any]:
    """The vault's export of one subject (with whom its data was delivered to), its access
    report from the audit trail, and (`pending`) its events still pending in the inbound
    stores (metadata; their contents too with `values`). Bulk export leaves `pending` out:
    finding them reads every quarantine and queue, once per subject."""
    doc = await export_subject(rt.vault_admin, tenant, subject)
    tokens = {item["token"] for item in doc["tokens"]}
    doc["access_report"] = await query(rt.redis, AuditFilter(tenant=tenant, subject=subject, tokens=tokens), limit=0)
    if pending:
        doc["pending"] = await pending_events(
            rt.inbound.store, rt.settings, await rt.eraser.target(tenant, subject), values=values
        )
    return doc


async def export(request: web.Request) -> web.Response:
    body = await read_body(request, Export)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "export", tenant=tenant, step_up=True)
    subject = await _subject(request, tenant, body.subject)
    await writer(request).append(
        events.export(actor=actor.audit_name, tenant=tenant, subject=subject, purpose=body.purpose or "access_request")
    )
    rt = await request.app[RUNTIME].ready()
    return reply(ans.ExportAnswer, await _export(rt, tenant, subject, values=body.values))


async def bulk_export(request: web.Request) -> web.StreamResponse:
    body = await read_body(request, BulkExport)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "export", tenant=tenant, step_up=True)
    rt = await request.app[RUNTIME].ready()
    approval = await rt.approvals.consume(body.approval or "", "bulk_export", {"tenant": tenant}, actor)
    await writer(request).append(
        events.export(actor=f"{actor.audit_name}+{approval.approver}"[:160], tenant=tenant, subject="", reason="bulk")
    )
    subjects = await rt.vault_admin.subjects(tenant)
    response = web.StreamResponse(headers={"Content-Type": "application/x-ndjson"})
    await response.prepare(request)
    await response.write(json.dumps({"tenant": tenant, "subjects": len(subjects)}).encode() + b"\n")
    for subject in subjects:
        doc = await _export(rt, tenant, subject, pending=False)
        await response.write(json.dumps(doc).encode() + b"\n")
    await response.write_eof()
    return response


async def reveal_token(request: web.Request) -> web.Response:
    body = await read_body(request, RevealToken)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "export", tenant=tenant, step_up=True)
    vault = request.app[RUNTIME].ready_vault()
    [found] = await vault.reveal(tenant, [body.token])
    if not isinstance(found, Revealed):
        raise web.HTTPNotFound(reason="No such token in this tenant")
    await events.record(
        writer(request), events.reveal(actor=actor.audit_name, tenant=tenant, refs=[found], purpose=body.purpose)
    )
    return reply(
        ans.TokenRevealAnswer,
        {
            "tenant": tenant,
            "token": found.token,
            "entity": found.entity,
            "subject": found.subject,
            "value": found.value,
        },
    )


async def dsar(request: web.Request) -> web.Response:
    body = await read_body(request, Dsar)
    tenant = tenant_of(request, body.tenant)
    actor = await require(request, "dsar", tenant=tenant, step_up=True)
    subject = await _subject(request, tenant, body.subject)
    text = body.text
    vault = request.app[RUNTIME].ready_vault()
    try:
        restored, revealed = await dsar_detokenize(vault, tenant, subject, text)
    except PermissionDenied:
        await writer(request).append(
            events.denied(
                actor=actor.audit_name,
                action="dsar",
                tenant=tenant,
                reason="cross_subject_token",
                subject=subject,
                purpose="access_request",
            )
        )
        raise
    await events.record(
        writer(request),
        events.reveal(actor=actor.audit_name, tenant=tenant, refs=revealed, purpose="access_request", action="dsar"),
    )
    return reply(ans.DsarAnswer, {"tenant": tenant, "subject": subject, "text": restored, "tokens": len(revealed)})


ROUTES = [
    web.post(f"{PREFIX}/subjects/erase", erase),
    web.get(f"{PREFIX}/erasures/{{id}}", erasure_receipt),
    web.post(f"{PREFIX}/subjects/export", export),
    web.post(f"{PREFIX}/subjects/export-bulk", bulk_export),
    web.post(f"{PREFIX}/subjects/dsar", dsar),
    web.post(f"{PREFIX}/tokens/reveal", reveal_token),
]
