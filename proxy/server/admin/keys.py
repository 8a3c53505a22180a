"""`/admin/v1/keys/…` and `/admin/v1/recognizers/…` (service blocks: blocks.py).

Key operations act on the whole vault: only an admin of every tenant, with a step-up,
may run them. `rotate` re-wraps every subject key and every admin TOTP seed under the
active master-key version while serving; `retire` (four-eyes: a second admin's
approval bound to the version) then destroys the old version's tenant keys, after
which every older copy of the data, backups included, is unreadable.
`recognizers/reload` reloads this worker's detector and bumps a version the other
workers poll, so all of them reload; `dry-run` shows what the detector finds; `GET
/recognizers` lists the set this worker's detector runs now, per language, each with its
entities and where it came from (built-in, recognizers.yaml, `extra_recognizers`): as its
detector processes report it after their last good load, not the files on disk.
"""

from __future__ import annotations

from aiohttp import web

from proxy.audit import events
from proxy.detection import DetectionSettings
from proxy.errors import BadRequest, VaultError
from proxy.server.admin.auth import PREFIX, require
from proxy.server.app_keys import RUNTIME
from proxy.server.helpers import audit, read_body, reply, writer
from proxy.server.models import answers as ans
from proxy.server.models.admin import DryRun, Nothing, Retire


async def rotate(request: web.Request) -> web.Response:
    await read_body(request, Nothing)
    actor = await require(request, "keys", global_only=True, step_up=True)
    rt = await request.app[RUNTIME].ready()
    version = request.app[RUNTIME].keyset.master.active_version
    await writer(request).append(events.key_op(actor=actor.audit_name, op="rotate", version=version))
    report = await rt.vault_admin.rotate()
    resealed = await rt.admins.reseal_all()
    return reply(
        ans.RotateAnswer,
        {
            "version": report.version,
            "rewrapped": report.rewrapped,
            "tenants": report.tenants,
            "admin_seeds_resealed": resealed,
        },
    )


async def retire(request: web.Request) -> web.Response:
    body = await read_body(request, Retire)
    version = body.version
    actor = await require(request, "keys", global_only=True, step_up=True)
    rt = await request.app[RUNTIME].ready()
    approval = await rt.approvals.consume(body.approval or "", "key_retire", {"version": str(version)}, actor)
    await writer(request).append(
        events.key_op(actor=actor.audit_name, op="retire", version=version, approver=approval.approver)
    )
    await rt.admins.reseal_all()
    if await rt.admins.sealed_under(version):
        raise VaultError(f"admin seeds are still sealed under v{version}: configure the active version first")
    tenants = await rt.vault_admin.retire(version)
    return reply(ans.RetireAnswer, {"retired": version, "tenants": tenants})


async def new_token_epoch(request: web.Request) -> web.Response:
    await read_body(request, Nothing)
    actor = await require(request, "keys", global_only=True, step_up=True)
    rt = await request.app[RUNTIME].ready()
    version = request.app[RUNTIME].keyset.token.active_version
    await writer(request).append(events.key_op(actor=actor.audit_name, op="new_token_epoch", version=version))
    return reply(ans.EpochAnswer, {"token_epoch": await rt.vault_admin.new_token_epoch()})


async def reload_recognizers(request: web.Request) -> web.Response:
    await read_body(request, Nothing)
    actor = await require(request, "recognizers", global_only=True, step_up=True)
    rt = request.app[RUNTIME]
    rt = await rt.ready()
    await audit(request, actor=actor.audit_name, action="recognizers_reload", tenant="", outcome="allowed")
    result = await rt.detector.reload()
    if result.ok:
        await rt.recognizers.bump()
    answer = {"ok": result.ok, "recognizers": result.recognizers, "problems": list(result.problems)}
    return reply(ans.ReloadAnswer, answer, status=200 if result.ok else 422)


async def active_recognizers(request: web.Request) -> web.Response:
    await require(request, "recognizers")
    rt = await request.app[RUNTIME].ready()
    languages: dict[str, list[dict[str, object]]] = {}
    for info in rt.detector.active():
        languages.setdefault(info.language, []).append(
            {"name": info.name, "entities": list(info.entities), "source": info.source}
        )
    return reply(ans.RecognizersAnswer, {"languages": languages})


async def dry_run(request: web.Request) -> web.Response:
    await require(request, "recognizers")
    rt = request.app[RUNTIME]
    body = await read_body(request, DryRun)
    detection = DetectionSettings.model_validate(rt.settings.detection)
    language = body.language or detection.default_language
    if language not in detection.languages:
        raise BadRequest([f"language: one of {', '.join(detection.languages)}"], "unsupported_language")
    [spans] = await rt.detector.detect([body.text], language=language, regions=list(body.regions or ()))
    return reply(
        ans.DryRunAnswer,
        {
            "spans": [
                {
                    "entity": s.entity,
                    "start": s.start,
                    "end": s.end,
                    "score": round(s.score, 3),
                    "recognizer": s.recognizer,
                }
                for s in spans
            ]
        },
    )


ROUTES = [
    web.post(f"{PREFIX}/keys/rotate", rotate),
    web.post(f"{PREFIX}/keys/retire", retire),
    web.post(f"{PREFIX}/keys/new-token-epoch", new_token_epoch),
    web.post(f"{PREFIX}/recognizers/reload", reload_recognizers),
    web.post(f"{PREFIX}/recognizers/dry-run", dry_run),
    web.get(f"{PREFIX}/recognizers", active_recognizers),
]
