"""`POST /admin/v1/backup` (streams a sealed backup) and `POST /admin/v1/restore`.

A backup is taken while serving and streamed to the caller (`veil vault backup` writes
it to a file); it never holds a key. Restore needs a second admin's approval bound to
the backup's id (four-eyes), a human admin with a step-up (the body is streamed, so it
is not covered by a service account's signature), and re-applies the erasure ledger
afterwards: a subject erased since the backup was taken stays erased.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from proxy.audit import events
from proxy.errors import PermissionDenied
from proxy.server.admin.auth import PREFIX, require
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import read_body, read_query, reply, writer
from proxy.server.models import answers as ans
from proxy.server.models.admin import Nothing, RestoreQuery
from proxy.vault import (
    RestoreReport,
    check_readable,
    frames,
    read_header,
    restore_frame,
    retired_versions,
    write_backup,
)


async def backup(request: web.Request) -> web.StreamResponse:
    await read_body(request, Nothing)
    actor = await require(request, "backup", global_only=True)
    rt = request.app[RUNTIME]
    rt.ready_vault()
    await writer(request).append(events.backup(actor=actor.audit_name))
    response = web.StreamResponse(
        headers={
            "Content-Type": "application/octet-stream",
            "Content-Disposition": 'attachment; filename="veil.backup"',
        }
    )
    await response.prepare(request)
    await write_backup(rt.redis, rt.keyset.master, response.write)
    await response.write_eof()
    return response


async def restore(request: web.Request) -> web.Response:
    approval_id = read_query(request, RestoreQuery).approval
    actor = await require(request, "backup", global_only=True, step_up=True)
    if actor.kind != "admin":
        raise PermissionDenied("admin_required", "restore is run by an admin, with a second admin's approval")
    rt = request.app[RUNTIME]
    rt = await rt.ready()
    stream = request.content

    async def read(n: int) -> bytes:
        try:
            return await stream.readexactly(n)
        except asyncio.IncompleteReadError as exc:
            return exc.partial

    header = await read_header(stream.readline)
    retired = await retired_versions(rt.redis)
    check_readable(header, rt.keyset.master, retired)
    approval = await rt.approvals.consume(approval_id, "restore", {"backup_id": header.id}, actor)
    await writer(request).append(
        events.restore(actor=actor.audit_name, approver=approval.approver, reason=f"backup:{header.id}")
    )
    report = RestoreReport(header.id, retired)
    async for records in frames(header, rt.keyset.master, read):
        await restore_frame(rt.redis, records, report)
    tenants = sorted(report.tenants | set(rt.settings.tenant_names()))
    for tenant in tenants:  # the restored keys replaced what the counts describe: the next read recounts
        await rt.vault_admin.vault.counts.forget(tenant)
    reerased = await rt.eraser.reapply_ledger(tenants)
    await rt.policy_sync.reload_everywhere()  # restored policies reach every worker
    return reply(
        ans.RestoreAnswer,
        {"backup_id": header.id, "keys": report.keys, "reerased_subjects": reerased, "created": header.created},
    )


ROUTES = [
    web.post(f"{PREFIX}/backup", backup),
    web.post(f"{PREFIX}/restore", restore),
]
