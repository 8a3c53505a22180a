"""Approvals, the recognizer playground and the dead letters: the console's other actions.

Approving (`POST /approvals/{id}/approve`), refusing (`POST /approvals/{id}/refuse`),
reloading recognizers, replaying and dropping dead letters and quarantined updates are the
admin API's calls with the admin's session, so the four-eyes rules (a different,
earlier-enrolled admin), the step-ups and the audit entries are the API's. The playground
runs `POST /recognizers/dry-run` and shows the spans in the text it was given and the text
as Veil would forward it (each span replaced by its entity); nothing is tokenised or stored.
Below it, the active recognizer set per language (`GET /recognizers`).
Letters show metadata only, as the API answers them.
"""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web

from proxy.detection import DetectionSettings
from proxy.server.app_keys import RUNTIME
from proxy.server.console.guard import ROOT
from proxy.server.console.render import api, field, page, signed_in
from proxy.server.console.sign_in import step_up

_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")


async def approvals(
    request: web.Request, *, notice: str | None = None, error: str | None = None, status: int = 200
) -> web.Response:
    admin = await signed_in(request)
    client = api(request)
    pending = await client.get("/approvals")
    given = await client.get("/audit", action="approval_give", limit="10000")
    asked = await client.get("/audit", action="approval_request", limit="10000")
    refused = await client.get("/audit", action="approval_refuse", limit="10000")
    history = sorted(
        [e for answer in (given, asked, refused) if answer.ok for e in answer.body["entries"]],
        key=lambda e: str(e.get("time", "")),
        reverse=True,
    )[:50]
    return await page(
        request,
        "approvals.html",
        admin=admin,
        active="approvals",
        pending=pending,
        history=history,
        notice=notice,
        error=error,
        status=status,
    )


async def approvals_page(request: web.Request) -> web.Response:
    return await approvals(request)


async def approve(request: web.Request) -> web.Response:
    return await _decide(request, "approve", "Approved")


async def refuse(request: web.Request) -> web.Response:
    return await _decide(request, "refuse", "Refused")


async def _decide(request: web.Request, verb: str, done: str) -> web.Response:
    """Approving and refusing differ only in the admin API call: both step up first."""
    form = await request.post()
    approval = request.match_info["id"]
    if not _ID.match(approval):
        raise web.HTTPNotFound(reason="No such approval")
    problem = await step_up(request, form)
    if problem:
        return await approvals(request, error=problem, status=403)
    answer = await api(request).post(f"/approvals/{approval}/{verb}")
    if answer.status == 409:  # a race lost, not a refusal: say what happened and what to do
        return await approvals(
            request,
            status=409,
            error=(
                f"Approval {approval} changed while you were deciding: another admin approved, refused or withdrew "
                "it. Nothing was done. The list below is current: look again before you retry."
            ),
        )
    if not answer.ok:
        return await approvals(request, error=answer.error, status=answer.status)
    return await approvals(request, notice=f"{done} {answer.body.get('action', '')} {approval}.")


def _languages(request: web.Request) -> list[str]:
    return list(DetectionSettings.model_validate(request.app[RUNTIME].settings.detection).languages)


def _pieces(text: str, spans: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """The text cut into plain and found pieces (overlaps: the first span wins), and the
    text with each found piece replaced by its entity, as Veil forwards it (tokens aside)."""
    pieces: list[dict[str, Any]] = []
    forwarded: list[str] = []
    at = 0
    for span in sorted(spans, key=lambda s: (s["start"], -s["end"])):
        if span["start"] < at:
            continue
        pieces.append({"text": text[at : span["start"]], "span": None})
        pieces.append({"text": text[span["start"] : span["end"]], "span": span})
        forwarded += [text[at : span["start"]], f"<{span['entity']}>"]
        at = span["end"]
    pieces.append({"text": text[at:], "span": None})
    forwarded.append(text[at:])
    return pieces, "".join(forwarded)


async def recognizers(request: web.Request, **context: Any) -> web.Response:
    """The playground, the reload, and the active set per language (`GET /recognizers`, read
    after any reload, so it shows what now runs)."""
    admin = await signed_in(request)
    defaults: dict[str, Any] = {
        "text": "",
        "language": "",
        "result": None,
        "pieces": [],
        "forwarded": "",
        "reload": None,
        "error": None,
    }
    context = defaults | context
    active_set = await api(request).get("/recognizers")
    return await page(
        request,
        "recognizers.html",
        admin=admin,
        active="recognizers",
        languages=_languages(request),
        active_set=active_set,
        **context,
    )


async def recognizers_page(request: web.Request) -> web.Response:
    return await recognizers(request)


async def try_text(request: web.Request) -> web.Response:
    form = await request.post()
    text, language = form.get("text", ""), field(form, "language")
    text = text if isinstance(text, str) else ""
    result = await api(request).post("/recognizers/dry-run", {"text": text, "language": language})
    if not result.ok:
        return await recognizers(request, text=text, language=language, error=result.error, status=result.status)
    pieces, forwarded = _pieces(text, result.body["spans"])
    return await recognizers(
        request, text=text, language=language, result=result.body, pieces=pieces, forwarded=forwarded
    )


async def reload(request: web.Request) -> web.Response:
    form = await request.post()
    problem = await step_up(request, form)
    if problem:
        return await recognizers(request, error=problem, status=403)
    return await recognizers(request, reload=await api(request).post("/recognizers/reload"))


async def dead_letters(
    request: web.Request, *, notice: str | None = None, error: str | None = None, status: int = 200
) -> web.Response:
    admin = await signed_in(request)
    client = api(request)
    tenants = request.app[RUNTIME].settings.tenant_names()
    if admin.get("tenant"):
        tenants = [admin["tenant"]]
    quarantine = {t: await client.get("/quarantine", tenant=t) for t in tenants}
    return await page(
        request,
        "dlq.html",
        admin=admin,
        active="dlq",
        dead=await client.get("/dlq"),
        quarantine=quarantine,
        notice=notice,
        error=error,
        status=status,
    )


async def dlq_page(request: web.Request) -> web.Response:
    return await dead_letters(request)


async def letter_action(request: web.Request) -> web.Response:
    """Replay or drop one dead letter (`where` = a subscriber) or quarantined update (a tenant)."""
    form = await request.post()
    kind, action, letter, where = (field(form, k) for k in ("kind", "action", "letter", "where"))
    if (
        kind not in ("dlq", "quarantine")
        or action not in ("replay", "drop")
        or not (_ID.match(letter) and _ID.match(where))
    ):
        return await dead_letters(request, error="Unknown letter or action.", status=400)
    if action == "drop":
        problem = await step_up(request, form)
        if problem:
            return await dead_letters(request, error=problem, status=403)
    params = {"tenant": where} if kind == "quarantine" else None
    base = f"/dlq/{where}/{letter}" if kind == "dlq" else f"/quarantine/{letter}"
    client = api(request)
    if action == "replay":
        answer = await client.call("POST", f"{base}/replay", body={}, params=params)
    else:
        answer = await client.call("DELETE", base, params=params)
    if not answer.ok:
        return await dead_letters(request, error=answer.error, status=answer.status)
    return await dead_letters(request, notice=f"{'Replayed' if action == 'replay' else 'Dropped'} {letter}.")


ROUTES = [
    web.get(f"{ROOT}/approvals", approvals_page),
    web.post(f"{ROOT}/approvals/{{id}}/approve", approve),
    web.post(f"{ROOT}/approvals/{{id}}/refuse", refuse),
    web.get(f"{ROOT}/recognizers", recognizers_page),
    web.post(f"{ROOT}/recognizers/try", try_text),
    web.post(f"{ROOT}/recognizers/reload", reload),
    web.get(f"{ROOT}/dlq", dlq_page),
    web.post(f"{ROOT}/dlq/letter", letter_action),
]
