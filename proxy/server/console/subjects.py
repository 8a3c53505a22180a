"""Subjects: find one, see its tokens (masked), its access report, reveal, export, erase.

A subject is named in a POST body, never a URL: the alias a privacy officer types (a phone
number, a username) reaches the admin API's `POST /subjects/lookup` and goes no further;
the page answers with the subject's tokens shortened (the access report, which reads the
whole audit trail, on a button of its own), and every later form names the
subject by one of its own tokens in a hidden field, so the alias is not on the page either.
Revealing one token's value needs a purpose and a step-up (`POST /tokens/reveal`, audited as
a `reveal` with that purpose, as `veil vault reveal` is): when the step-up has lapsed the
page answers with that row's prompt open, asking for a TOTP code, and the value appears only
in the answer to that POST (no-store), never in a URL. Revealing every value at once is the
export with a purpose (`POST /subjects/export`, audited as an export); the download is the
same export as an attachment; erasure needs a step-up and the word ERASE typed, and answers
its receipt, whose page and download show each subscriber's notice status
(`GET /erasures/{id}`: an `era_` id, not personal data).
"""

from __future__ import annotations

import json
import re
from typing import Any

from aiohttp import web

from proxy.server.app_keys import RUNTIME
from proxy.server.console.guard import ROOT
from proxy.server.console.render import api, field, page, signed_in
from proxy.server.console.sign_in import step_up

CONFIRM = "ERASE"
_RECEIPT = re.compile(r"^era_[A-Za-z0-9_-]{1,64}$")


async def _tenants(request: web.Request) -> list[str]:
    return list(request.app[RUNTIME].settings.tenant_names())


async def _show(
    request: web.Request,
    *,
    tenant: str,
    ref: str,
    revealed: dict[str, Any] | None = None,
    error: str | None = None,
    status: int = 200,
    report: bool = False,
    prompt: str = "",
    purpose: str = "",
) -> web.Response:
    """The subject page; the access report only when asked for (it reads the whole audit trail)."""
    admin = await signed_in(request)
    found = await api(request).post("/subjects/lookup", {"subject": ref, "tenant": tenant, "report": report})
    if not found.ok:
        message = "No subject in this tenant answers to that token or alias." if found.status == 404 else found.error
        return await page(
            request,
            "subjects.html",
            admin=admin,
            active="subjects",
            tenants=await _tenants(request),
            tenant=tenant,
            subject=None,
            error=message,
            status=found.status,
        )
    tokens = found.body["tokens"]
    return await page(
        request,
        "subjects.html",
        admin=admin,
        active="subjects",
        tenants=await _tenants(request),
        tenant=tenant,
        subject=found.body,
        ref=tokens[0]["token"] if tokens else "",
        revealed=revealed or {},
        error=error,
        status=status,
        confirm=CONFIRM,
        prompt=prompt,
        purpose=purpose,
    )


async def search(request: web.Request) -> web.Response:
    admin = await signed_in(request)
    return await page(
        request,
        "subjects.html",
        admin=admin,
        active="subjects",
        tenants=await _tenants(request),
        tenant="",
        subject=None,
        error=None,
    )


async def lookup(request: web.Request) -> web.Response:
    form = await request.post()
    return await _show(request, tenant=field(form, "tenant"), ref=field(form, "subject"))


async def report(request: web.Request) -> web.Response:
    form = await request.post()
    return await _show(request, tenant=field(form, "tenant"), ref=field(form, "ref"), report=True)


async def _export(request: web.Request, form: Any) -> tuple[dict[str, Any] | None, str | None, int]:
    problem = await step_up(request, form)
    if problem:
        return None, problem, 403
    purpose = field(form, "purpose") or "access_request"
    body = {"subject": field(form, "ref"), "tenant": field(form, "tenant"), "purpose": purpose}
    answer = await api(request).post("/subjects/export", body)
    return (answer.body, None, 200) if answer.ok else (None, answer.error, answer.status)


async def reveal(request: web.Request) -> web.Response:
    form = await request.post()
    tenant, ref = field(form, "tenant"), field(form, "ref")
    if not field(form, "purpose"):
        return await _show(
            request, tenant=tenant, ref=ref, error="Say why the values are needed (a purpose).", status=400
        )
    doc, problem, status = await _export(request, form)
    if doc is None:
        return await _show(request, tenant=tenant, ref=ref, error=problem, status=status)
    return await _show(request, tenant=tenant, ref=ref, revealed={t["token"]: t["value"] for t in doc["tokens"]})


async def reveal_token(request: web.Request) -> web.Response:
    """One token's value (`POST /tokens/reveal`): a lapsed step-up re-opens that row's prompt."""
    form = await request.post()
    tenant, ref, token, purpose = (field(form, k) for k in ("tenant", "ref", "token", "purpose"))

    async def again(error: str, status: int) -> web.Response:
        return await _show(request, tenant=tenant, ref=ref, prompt=token, purpose=purpose, error=error, status=status)

    if not purpose:
        return await again("Say why this value is needed (a purpose).", 400)
    problem = await step_up(request, form)
    if problem:
        return await again(problem, 403)
    answer = await api(request).post("/tokens/reveal", {"token": token, "tenant": tenant, "purpose": purpose})
    if answer.code == "step_up_required":
        return await again("Your step-up has lapsed: enter a TOTP code to reveal this value.", 403)
    if not answer.ok:
        return await again(answer.error, answer.status)
    return await _show(request, tenant=tenant, ref=ref, revealed={answer.body["token"]: answer.body["value"]})


async def download(request: web.Request) -> web.Response:
    form = await request.post()
    doc, problem, status = await _export(request, form)
    if doc is None:
        return await _show(request, tenant=field(form, "tenant"), ref=field(form, "ref"), error=problem, status=status)
    name = f"veil-export-{str(doc.get('subject', 'subject'))[:12]}.json"
    return web.Response(
        body=json.dumps(doc, indent=2).encode(),
        content_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def erase(request: web.Request) -> web.Response:
    form = await request.post()
    tenant, ref = field(form, "tenant"), field(form, "ref")
    if field(form, "confirm") != CONFIRM:
        return await _show(request, tenant=tenant, ref=ref, error=f"Type {CONFIRM} to confirm the erasure.", status=400)
    problem = await step_up(request, form)
    if problem:
        return await _show(request, tenant=tenant, ref=ref, error=problem, status=403)
    answer = await api(request).post("/subjects/erase", {"subject": ref, "tenant": tenant})
    if not answer.ok:
        return await _show(request, tenant=tenant, ref=ref, error=answer.error, status=answer.status)
    raise web.HTTPSeeOther(f"{ROOT}/erasures/{answer.body['receipt']}")


async def _receipt(request: web.Request) -> dict[str, Any]:
    receipt = request.match_info["id"]
    if not _RECEIPT.match(receipt):
        raise web.HTTPNotFound(reason="No such receipt")
    answer = await api(request).get(f"/erasures/{receipt}")
    if not answer.ok:
        raise web.HTTPNotFound(reason="No such receipt")
    return dict(answer.body)


async def receipt_page(request: web.Request) -> web.Response:
    admin = await signed_in(request)
    return await page(request, "receipt.html", admin=admin, active="subjects", receipt=await _receipt(request))


async def receipt_download(request: web.Request) -> web.Response:
    receipt = await _receipt(request)
    return web.Response(
        body=json.dumps(receipt, indent=2).encode(),
        content_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{request.match_info["id"]}.json"'},
    )


ROUTES = [
    web.get(f"{ROOT}/subjects", search),
    web.post(f"{ROOT}/subjects/lookup", lookup),
    web.post(f"{ROOT}/subjects/report", report),
    web.post(f"{ROOT}/subjects/reveal", reveal),
    web.post(f"{ROOT}/subjects/reveal-token", reveal_token),
    web.post(f"{ROOT}/subjects/export", download),
    web.post(f"{ROOT}/subjects/erase", erase),
    web.get(f"{ROOT}/erasures/{{id}}", receipt_page),
    web.get(f"{ROOT}/erasures/{{id}}/download", receipt_download),
]
