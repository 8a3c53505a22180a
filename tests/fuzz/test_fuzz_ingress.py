"""Fuzzing the ingress over HTTP: correctly signed random bytes, random JSON and random
envelope-shaped JSON. Never a 500; a 200 accounts for every update of the body (stored,
duplicate or quarantined: nothing dropped silently, the quarantine really grew); a body
that is not an envelope is quarantined whole. Real app, real Redis."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import given
from hypothesis import strategies as st

from proxy.detection.detector import Detector
from proxy.errors import ShapeError
from proxy.kv import keyspace
from proxy.server.app import create_apps
from proxy.server.app_keys import RUNTIME
from proxy.whatsapp.protocol import split
from tests.fuzz.harness import FUZZ, Loop
from tests.inbound.harness import settings_for, sign
from tests.server.helpers import make_keys

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=False), st.text(max_size=30)
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)),
    max_leaves=20,
)
FIELDS = st.sampled_from(
    ["messages", "statuses", "history", "smb_message_echoes", "account_update", "calls", "user_preferences", "x"]
)
ITEM = st.dictionaries(
    st.sampled_from(["from", "id", "type", "text", "status", "recipient_id", "timestamp"]), JSON, max_size=5
)
VALUE = st.fixed_dictionaries(
    {
        "messaging_product": st.just("whatsapp"),
        "metadata": st.fixed_dictionaries({"phone_number_id": st.sampled_from(["106540352242922", "1"])}),
    },
    optional={
        "messages": st.lists(ITEM, max_size=3),
        "statuses": st.lists(ITEM, max_size=3),
        "contacts": st.lists(st.dictionaries(st.sampled_from(["wa_id", "profile"]), JSON), max_size=2),
        "junk": JSON,
    },
)
ENVELOPE = st.fixed_dictionaries(
    {
        "object": st.sampled_from(["whatsapp_business_account", "page"]),
        "entry": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.one_of(st.just("102290129340398"), st.text(max_size=5)),
                    "changes": st.lists(
                        st.fixed_dictionaries({"field": FIELDS, "value": st.one_of(VALUE, JSON)}), max_size=3
                    ),
                }
            ),
            max_size=3,
        ),
    }
)
BODIES = st.one_of(
    st.binary(max_size=600),
    JSON.map(lambda v: json.dumps(v).encode()),
    ENVELOPE.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=50).map(lambda b: b'{"object":"whatsapp_business_account","entry":' + b),
)


@pytest.fixture
def client(
    loop: Loop, redis7_url: str, tmp_path: Path, key_env: dict[str, str], detector: Detector
) -> Iterator[TestClient[Any, Any]]:
    settings = settings_for(redis7_url, tmp_path, [])
    apps = create_apps(settings, make_keys(key_env), data_dir=tmp_path, detector=detector)

    async def start() -> TestClient[Any, Any]:
        made: TestClient[Any, Any] = TestClient(TestServer(apps.public))
        await made.start_server()
        return made

    made = loop.run(start())
    loop.cleanups.append(made.close)
    yield made


def _parts(raw: bytes) -> int | None:
    """How many updates Veil should account for; None when the body must be quarantined whole."""
    try:
        return len(list(split(json.loads(raw))))
    except (ValueError, ShapeError, RecursionError, TypeError, AttributeError, KeyError):
        return None


async def _quarantine_size(client: TestClient[Any, Any]) -> int:
    server = client.server
    assert isinstance(server, TestServer)
    redis = server.app[RUNTIME].redis
    total = 0
    for tenant in ("default", "_unrouted"):
        total += int(await redis.xlen(keyspace.ingress_quarantine(tenant, 0)))
    return total


@given(raw=BODIES)
@FUZZ
def test_signed_random_bodies_never_500_and_nothing_is_dropped(
    raw: bytes, client: TestClient[Any, Any], loop: Loop
) -> None:
    before = loop.run(_quarantine_size(client))

    async def post() -> tuple[int, Any]:
        resp = await client.post("/webhooks/whatsapp", data=raw, headers={"X-Hub-Signature-256": sign(raw)})
        return resp.status, await resp.json()

    status, body = loop.run(post())
    assert status == 200, (status, body)
    grew = loop.run(_quarantine_size(client)) - before
    assert grew == body["quarantined"]
    expected = _parts(raw)
    if expected is None:
        assert body == {"status": "ok", "stored": 0, "duplicates": 0, "quarantined": 1}
    else:
        assert body["stored"] + body["duplicates"] + body["quarantined"] == expected


@given(raw=st.binary(max_size=300), header=st.text(alphabet="sha256=0123456789abcdef", max_size=80))
@FUZZ
def test_unsigned_random_bodies_are_refused_and_never_stored(
    raw: bytes, header: str, client: TestClient[Any, Any], loop: Loop
) -> None:
    before = loop.run(_quarantine_size(client))

    async def post() -> int:
        resp = await client.post("/webhooks/whatsapp", data=raw, headers={"X-Hub-Signature-256": header})
        return resp.status

    assert loop.run(post()) == 401
    assert loop.run(_quarantine_size(client)) == before
