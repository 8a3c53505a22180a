"""`GET /admin/v1/alerts` over real HTTP and Redis: alerts raised through the runtime's sink
(as any worker raises them) are answered grouped and typed; a tenant admin sees its tenant's
only, a global admin also those of no tenant; scope `stats` is required. Acknowledging one
(`POST /admin/v1/alerts/{id}/ack`): an admin only, within what it may see, audited with its
name; the alert then answers apart, not open."""

from __future__ import annotations

import json
from pathlib import Path

from pytest_aiohttp import AiohttpClient

from proxy.alerts import admin_alert, honey_alert
from proxy.detection.detector import Detector
from proxy.server.app import create_apps
from proxy.server.models.answers import AlertAcked, AlertsAnswer
from tests.server.access_kit import access_settings, add_admin, bootstrap, login
from tests.server.helpers import make_keys


async def test_open_alerts_by_tenant(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    admin = await aiohttp_client(apps.admin)
    alice = await login(admin, "alice", await bootstrap(apps))
    carol = await login(admin, "carol", await add_admin(apps, "carol", tenant="acme"))
    sink = apps.runtime.alerts
    sink.emit(honey_alert("crm", "default", "reveal", 1))
    sink.emit(honey_alert("acmecrm", "acme", "use", 1))
    sink.emit(honey_alert("acmecrm", "acme", "use", 2))
    sink.emit(admin_alert("removed", "bob", by="alice"))
    await apps.runtime.alert_log.drain()

    resp = await admin.get("/admin/v1/alerts", headers=alice)
    assert resp.status == 200
    answer = AlertsAnswer.model_validate(await resp.json())
    assert answer.open_s == 3600
    seen = {(a.kind, a.tenant, a.service, a.count) for a in answer.alerts}
    assert ("honey_token", "acme", "acmecrm", 2) in seen and ("honey_token", "default", "crm", 1) in seen
    assert any(a.kind == "admin_change" and a.tenant == "" for a in answer.alerts)
    [acme] = [a for a in answer.alerts if a.tenant == "acme"]
    assert acme.detail == {"op": "use", "count": 2}  # the last raise's detail

    resp = await admin.get("/admin/v1/alerts", headers=carol)
    assert resp.status == 200
    assert {a["tenant"] for a in (await resp.json())["alerts"]} == {"acme"}

    assert (await admin.get("/admin/v1/alerts")).status == 401


async def test_acknowledging_an_alert(
    aiohttp_client: AiohttpClient, redis7_url: str, key_env: dict[str, str], tmp_path: Path, detector: Detector
) -> None:
    apps = create_apps(access_settings(redis7_url, tmp_path), make_keys(key_env), data_dir=tmp_path, detector=detector)
    admin = await aiohttp_client(apps.admin)
    alice = await login(admin, "alice", await bootstrap(apps))
    carol = await login(admin, "carol", await add_admin(apps, "carol", tenant="acme"))
    apps.runtime.alerts.emit(honey_alert("crm", "default", "reveal", 1))
    apps.runtime.alerts.emit(honey_alert("acmecrm", "acme", "use", 1))
    await apps.runtime.alert_log.drain()
    listed = AlertsAnswer.model_validate(await (await admin.get("/admin/v1/alerts", headers=alice)).json())
    assert listed.acknowledged == []
    ids = {a.tenant: a.id for a in listed.alerts}

    assert (await admin.post(f"/admin/v1/alerts/{ids['default']}/ack")).status == 401
    hidden = await admin.post(f"/admin/v1/alerts/{ids['default']}/ack", headers=carol)  # not her tenant
    assert hidden.status == 404 and (await hidden.json())["error"]["code"] == "alert_not_found"
    bad = await admin.post("/admin/v1/alerts/not-an-id/ack", headers=alice)
    assert bad.status == 400
    resp = await admin.post(f"/admin/v1/alerts/{ids['default']}/ack", headers=alice)
    assert resp.status == 200, await resp.text()
    acked = AlertAcked.model_validate(await resp.json()).alert
    assert (acked.id, acked.kind, acked.acknowledged_by) == (ids["default"], "honey_token", "admin:alice")

    after = AlertsAnswer.model_validate(await (await admin.get("/admin/v1/alerts", headers=alice)).json())
    assert [a.id for a in after.alerts] == [ids["acme"]]  # acknowledged: no longer open
    assert [(a.id, a.acknowledged_by) for a in after.acknowledged] == [(ids["default"], "admin:alice")]
    mine = AlertsAnswer.model_validate(await (await admin.get("/admin/v1/alerts", headers=carol)).json())
    assert [a.id for a in mine.alerts] == [ids["acme"]] and mine.acknowledged == []
    entries = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [
        (e["actor"], e["tenant"], e["outcome"], e["reason"]) for e in entries if e.get("action") == "alert_ack"
    ] == [("admin:alice", "default", "allowed", f"honey_token:{ids['default']}")]
