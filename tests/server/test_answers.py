"""Every admin operation (and health, and the webhook) documents a typed answer, the same
model its handler validates the answer against: a key added to an answer and not to its
model fails, so the document cannot drift from what is answered. Each answer model carries
an example that fits it."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from pydantic import BaseModel, ValidationError
from pytest_aiohttp import AiohttpClient

from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from proxy.server.helpers import reply
from proxy.server.models import answers as ans
from proxy.server.openapi import admin_document, public_document
from proxy.server.openapi_ops import ADMIN_OPS, PUBLIC_OPS
from tests.server.access_kit import access_settings, add_admin, bootstrap, login
from tests.server.helpers import make_keys

MODELS = [
    m
    for _, m in inspect.getmembers(ans, inspect.isclass)
    if issubclass(m, ans.AnswerModel) and m is not ans.AnswerModel and m.__module__ == ans.__name__
]
# Answers that are not JSON objects of Veil's: documents, pages, streams, Meta's plain text.
NOT_MODELLED = {
    "/admin/v1/openapi.json",
    "/admin/v1/docs",
    "/admin/v1/backup",
    "/admin/v1/subjects/export-bulk",
    "/v1/openapi.json",
}


def _ok_answers(ops: list[Any]) -> list[tuple[str, Any]]:
    return [
        (f"{op.method} {op.path}", answer)
        for op in ops
        if not op.passthrough and op.path not in NOT_MODELLED and op.answer_media == "application/json"
        for status, answer in op.answers().items()
        if status < 300
    ]


def test_every_admin_and_public_json_answer_is_a_model() -> None:
    generic = [
        name
        for name, answer in _ok_answers(ADMIN_OPS + PUBLIC_OPS)
        if not (isinstance(answer, type) and issubclass(answer, BaseModel))
        and not (isinstance(answer, tuple) and all(issubclass(a, BaseModel) for a in answer))
    ]
    assert generic == []
    doc = admin_document()
    lookup = doc["paths"]["/admin/v1/subjects/lookup"]["post"]["responses"]["200"]
    assert lookup["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/LookupAnswer"}
    schema = doc["components"]["schemas"]["LookupAnswer"]
    assert schema["additionalProperties"] is False and schema["examples"]
    missing = doc["paths"]["/admin/v1/tokens/{token}"]["get"]["responses"]["404"]
    assert missing["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/TokenState"}
    assert public_document()["paths"]["/healthz"]["get"]["responses"]["503"]["content"]["application/json"][
        "schema"
    ] == {"$ref": "#/components/schemas/HealthAnswer"}


def test_the_webhook_and_routes_document_what_they_accept() -> None:
    doc = public_document()
    hook = doc["paths"]["/webhooks/whatsapp"]["post"]
    assert hook["requestBody"]["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/MetaUpdate"}
    assert [p["name"] for p in hook["parameters"] if p["in"] == "header"] == ["X-Hub-Signature-256"]
    assert hook["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/WebhookAck"
    }
    envelope = doc["components"]["schemas"]["MetaUpdate"]
    assert envelope["required"] == ["object", "entry"] and "quarantine" in envelope["description"]
    change = doc["components"]["schemas"]["Change"]
    assert change["properties"]["value"]["type"] == "object"  # free-form: Meta's to define
    route = doc["paths"]["/routes/{tail}"]["post"]
    assert "type" not in route["requestBody"]["content"]["application/json"]["schema"]  # any JSON, not only objects
    assert [p["name"] for p in route["parameters"] if p["in"] == "header"] == ["X-Veil-Purpose"]


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_each_documented_example_fits_its_model(model: type[BaseModel]) -> None:
    documented = {a for _, a in _ok_answers(ADMIN_OPS + PUBLIC_OPS) if isinstance(a, type)}
    documented |= {a for op in ADMIN_OPS + PUBLIC_OPS for _, a in op.more if isinstance(a, type)}
    examples = (model.model_config.get("json_schema_extra") or {}).get("examples")  # type: ignore[union-attr]
    if model not in documented:  # a part of another answer: its parent's example covers it
        return
    assert examples, f"{model.__name__} has no example"
    for example in examples:
        model.model_validate(example)


def test_an_answer_that_drifts_from_its_model_is_refused() -> None:
    assert reply(ans.Removed, {"removed": True}).status == 200
    with pytest.raises(ValidationError):
        reply(ans.Removed, {"removed": True, "name": "bob"})  # a key the document does not name
    with pytest.raises(ValidationError):
        reply(ans.StepUpAnswer, {"elevated_for": "300s"})
    # optional keys not set are not added: the answer is what the handler built
    assert (
        reply(
            ans.ApprovalAnswer,
            {
                "id": "a",
                "action": "restore",
                "params": {},
                "tenant": "",
                "requester": "x",
                "approver": None,
                "created": "t",
                "status": "pending",
            },
        ).text.find("refused_by")
        == -1
    )


async def test_real_admin_answers_fit_their_documented_models(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    # the session's analyzer, as the other admin tests inject it: a detector pool of its own would load six
    # languages' models in a worker process, and the answers' shapes do not depend on which runs the dry run
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    admin: Any = await aiohttp_client(apps.admin)
    public: Any = await aiohttp_client(apps.public)
    session = await login(admin, "alice", await bootstrap(apps))
    calls: list[tuple[str, str, dict[str, Any] | None, int, type[BaseModel]]] = [
        ("GET", "/admin/v1/session", None, 200, ans.SessionAnswer),
        ("GET", "/admin/v1/stats", None, 200, ans.StatsAnswer),
        ("POST", "/admin/v1/vault/recount", {}, 200, ans.RecountAnswer),
        ("GET", "/admin/v1/services", None, 200, ans.ServicesAnswer),
        ("GET", "/admin/v1/retention", None, 200, ans.RetentionAnswer),
        ("GET", "/admin/v1/admins", None, 200, ans.AdminsAnswer),
        ("GET", "/admin/v1/delivery", None, 200, ans.DeliveryAnswer),
        ("GET", "/admin/v1/dlq", None, 200, ans.DeadLettersAnswer),
        ("GET", "/admin/v1/quarantine", None, 200, ans.QuarantineAnswer),
        ("POST", "/admin/v1/approvals", {"action": "bulk_export", "tenant": "default"}, 201, ans.ApprovalAnswer),
        ("GET", "/admin/v1/approvals", None, 200, ans.ApprovalsAnswer),
        ("POST", "/admin/v1/recognizers/dry-run", {"text": "call +31 6 1234 5678"}, 200, ans.DryRunAnswer),
        ("POST", "/admin/v1/audit/verify", {}, 200, ans.VerifyAnswer),
        ("GET", "/admin/v1/audit", None, 200, ans.AuditAnswer),
        ("GET", "/admin/v1/recognizers", None, 200, ans.RecognizersAnswer),
        ("POST", "/admin/v1/honey/decoys", {}, 201, ans.DecoyAnswer),
        ("GET", "/admin/v1/honey", None, 200, ans.HoneyAnswer),
        ("DELETE", "/admin/v1/session", None, 200, ans.LogoutAnswer),
    ]
    for method, path, body, status, model in calls:
        resp = await admin.request(method, path, json=body, headers=session)
        assert resp.status == status, (path, await resp.text())
        model.model_validate(await resp.json())
    session = await login(admin, "carol", await add_admin(apps, "carol"))
    wrong = await admin.get("/admin/v1/tokens/reveal", headers=session)  # POST's path, not a token's
    assert wrong.status == 405 and wrong.headers["Allow"] == "POST"
    health = await public.get("/healthz")
    ans.HealthAnswer.model_validate(await health.json())


def test_reply_is_a_json_response() -> None:
    assert isinstance(reply(ans.EpochAnswer, {"token_epoch": 2}), web.Response)
