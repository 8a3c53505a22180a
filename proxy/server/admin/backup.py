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
from proxy.server.app_keys import SHARED
from proxy.server.helpers import writer
from proxy.vault.backup import (
    RestoreReport,
    check_readable,
    frames,
    read_header,
    restore_frame,
    retired_versions,
    write_backup,
)


async def backup(request: web.Request) -> web.StreamResponse:
    actor = await require(request, "backup", global_only=True)
    shared = request.app[SHARED]
    shared.ready_vault()
    await writer(request).append(events.backup(actor=actor.audit_name))
    response = web.StreamResponse(headers={"Content-Type": "application/octet-stream",
                                           "Content-Disposition": 'attachment; filename="veil.backup"'})
    await response.prepare(request)
    await write_backup(shared.redis, shared.keyset.master, response.write)
    await response.write_eof()
    return response


async def restore(request: web.Request) -> web.Response:
    actor = await require(request, "backup", global_only=True, step_up=True)
    if actor.kind != "admin":
        raise PermissionDenied("admin_required", "restore is run by an admin, with a second admin's approval")
    shared = request.app[SHARED]
    access = await shared.ready_access()
    stream = request.content

    async def read(n: int) -> bytes:
        try:
            return await stream.readexactly(n)
        except asyncio.IncompleteReadError as exc:
            return exc.partial

    header = await read_header(stream.readline)
    retired = await retired_versions(shared.redis)
    check_readable(header, shared.keyset.master, retired)
    approval = await access.approvals.consume(request.query.get("approval"), "restore",
                                              {"backup_id": header.id}, actor)
    await writer(request).append(events.restore(actor=actor.audit_name, approver=approval.approver,
                                                       reason=f"backup:{header.id}"))
    report = RestoreReport(header.id, retired)
    async for records in frames(header, shared.keyset.master, read):
        await restore_frame(shared.redis, records, report)
    tenants = sorted(report.tenants | set(shared.settings.tenant_names()))
    reerased = await access.eraser.reapply_ledger(tenants)
    await access.policies.reload_everywhere()  # restored policies reach every worker
    return web.json_response({"backup_id": header.id, "keys": report.keys, "reerased_subjects": reerased,
                              "created": header.created})


ROUTES = [
    web.post(f"{PREFIX}/backup", backup),
    web.post(f"{PREFIX}/restore", restore),
]
