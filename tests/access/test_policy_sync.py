"""Policies stored through the admin API are read and announced only by `PolicySync`: the
services that override their config, and a restore's wholesale write reaching every worker.
A document that does not fit is a 400 naming each problem, and a stored one that no longer
validates grants nothing (fail closed) instead of stopping the reload."""

from __future__ import annotations

import json

import pytest
from redis.asyncio import Redis

from proxy.access.policy_store import PolicyStore
from proxy.access.policy_sync import PolicySync, validate_doc
from proxy.config import Settings, parse_settings
from proxy.errors import BadRequest, ConfigError
from proxy.kv import keyspace

ENV = {
    "VEIL_WA_APP_SECRET": "a",
    "VEIL_WA_VERIFY_TOKEN": "b",
    "VEIL_WA_ACCESS_TOKEN": "c",
    "K1": "x" * 40,
    "K2": "y" * 40,
}


def _settings() -> Settings:
    raw = {
        "services": [
            {"name": "crm", "api_key_env": "K1", "use": ["PHONE_NUMBER"]},
            {"name": "bot", "api_key_env": "K2", "use": ["PERSON"]},
        ]
    }
    return parse_settings(raw, ENV)


def _worker(redis: Redis, settings: Settings) -> PolicySync:
    return PolicySync(redis, settings, PolicyStore.from_settings(settings))


async def test_stored_names_are_the_services_changed_through_the_api(redis: Redis) -> None:
    sync = _worker(redis, _settings())
    await sync.reload()
    assert await sync.stored_names() == frozenset()
    await sync.save("crm", {"use": ["EMAIL_ADDRESS"]})
    assert await sync.stored_names() == {"crm"}
    await sync.reset("crm")
    assert await sync.stored_names() == frozenset()


async def test_a_restore_reaches_every_worker(redis: Redis) -> None:
    settings = _settings()
    here, there = _worker(redis, settings), _worker(redis, settings)
    await here.reload()
    await there.reload()
    # what a restore does: the policies hash written wholesale, behind the stores' backs
    await redis.hset(keyspace.policies(), "bot", json.dumps({"use": ["IBAN_CODE"]}))
    assert not await there.poll_once()  # nothing announced yet
    await here.reload_everywhere()
    assert not await here.poll_once()  # this worker reloaded at once
    assert await there.poll_once()  # the other one sees the version move
    for sync in (here, there):
        policy = sync.store.current.get("bot")
        assert policy is not None and policy.use_whatsapp == {"IBAN_CODE"}


def test_a_document_that_does_not_fit_is_a_bad_request_not_a_config_error() -> None:
    with pytest.raises(BadRequest) as refused:
        validate_doc(_settings().services[0], {"use": ["PHONE_NUMBER"], "grant_everything": True})
    assert refused.value.status == 400 and refused.value.code == "invalid_policy"
    assert refused.value.problems == ["grant_everything: not a policy field"]
    assert not isinstance(refused.value, ConfigError)


async def test_a_stored_document_that_no_longer_validates_grants_nothing(redis: Redis) -> None:
    await redis.hset(keyspace.policies(), "crm", json.dumps({"use": ["PHONE_NUMBER"], "grant_everything": True}))
    await redis.hset(keyspace.policies(), "ghost", "not json")  # not a configured service: skipped
    sync = _worker(redis, _settings())
    await sync.reload()
    policy = sync.store.current.get("crm")
    assert sync.ready and policy is not None
    assert not policy.use_whatsapp and not policy.reveal and not policy.tokenize
    await redis.hset(keyspace.policies(), "crm", "not json")
    await sync.reload()
    policy = sync.store.current.get("crm")
    assert policy is not None and not policy.use_whatsapp
