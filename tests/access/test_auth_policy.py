"""Service keys and the grant lookup with the recipient rule."""

from __future__ import annotations

import hashlib

import pytest

from proxy.access.auth import authenticate, build_key_table, generate_service_key
from proxy.access.policy import Op, Policy, decide
from proxy.config import parse_settings
from proxy.errors import AuthError, ConfigError

BASE = {"VEIL_WA_APP_SECRET": "a", "VEIL_WA_VERIFY_TOKEN": "b", "VEIL_WA_ACCESS_TOKEN": "c"}


def _table(keys: str):  # type: ignore[no-untyped-def]
    raw = {"services": [{"name": "crm", "api_key_env": "K", "use": ["PHONE_NUMBER"]}]}
    return build_key_table(parse_settings(raw, BASE | {"K": keys}))


def test_two_keys_per_service_for_rotation() -> None:
    old, new = generate_service_key(), generate_service_key()
    table = _table(f"{old},{new}")
    for key in (old, new):
        assert authenticate({"Authorization": f"Bearer {key}"}, table).service == "crm"


@pytest.mark.parametrize(
    "header",
    [
        "",
        "Bearer",
        "Basic abc",
        "Bearer veil_sk_ab12_short",
        "Bearer veil_sk_zzzz9999_0123456789abcdefghijklmnopqrstuv",
    ],
)
def test_missing_malformed_unknown_keys_are_401(header: str) -> None:
    table = _table(generate_service_key())
    with pytest.raises(AuthError):
        authenticate({"Authorization": header} if header else {}, table)


def test_right_kid_wrong_secret_is_401() -> None:
    key = generate_service_key()
    table = _table(key)
    with pytest.raises(AuthError):
        authenticate({"Authorization": f"Bearer {key[:-2]}xx"}, table)


def test_short_key_refused_at_load() -> None:
    with pytest.raises(ConfigError, match="malformed or too short"):
        _table("veil_sk_ab12cd34_tooshort")


def test_sha256_form() -> None:
    key = generate_service_key()
    kid = key.split("_")[2]
    raw = {"services": [{"name": "crm", "api_key_sha256": [f"{kid}:{hashlib.sha256(key.encode()).hexdigest()}"]}]}
    table = build_key_table(parse_settings(raw, BASE))
    assert authenticate({"Authorization": f"Bearer {key}"}, table).kid == kid


POLICY = Policy(
    service="crm",
    tenant="default",
    use_whatsapp=frozenset({"PHONE_NUMBER", "PERSON"}),
    reveal=frozenset({"EMAIL_ADDRESS"}),
    tokenize=frozenset({"PHONE_NUMBER"}),
    purposes=frozenset({"support-callback"}),
    any_subject=frozenset({"PERSON"}),
)


def test_default_is_nothing() -> None:
    empty = Policy(service="x", tenant="default")
    for op in Op:
        assert not decide(empty, op, "PHONE_NUMBER", purpose="p", recipient_subject="s", owner_subject="s").allowed


def test_use_is_bound_to_the_recipient() -> None:
    assert decide(POLICY, Op.USE, "PHONE_NUMBER", recipient_subject="a", owner_subject="a").allowed
    d = decide(POLICY, Op.USE, "PHONE_NUMBER", recipient_subject="a", owner_subject="b")
    assert (d.allowed, d.reason) == (False, "cross_subject_token")
    assert decide(POLICY, Op.USE, "PERSON", recipient_subject="a", owner_subject="b").allowed  # any_subject
    d = decide(POLICY, Op.USE, "IBAN_CODE", recipient_subject="a", owner_subject="a")
    assert (d.allowed, d.reason) == (False, "forbidden_entity")
    assert not decide(POLICY, Op.USE, "PHONE_NUMBER", recipient_subject=None, owner_subject="a").allowed


def test_reveal_needs_grant_and_allowed_purpose() -> None:
    assert decide(POLICY, Op.REVEAL, "EMAIL_ADDRESS", purpose="support-callback").allowed
    assert decide(POLICY, Op.REVEAL, "EMAIL_ADDRESS").reason == "purpose_required"
    assert decide(POLICY, Op.REVEAL, "EMAIL_ADDRESS", purpose="marketing").reason == "purpose_not_allowed"
    assert not decide(POLICY, Op.REVEAL, "PHONE_NUMBER", purpose="support-callback").allowed


def test_route_use_grants_are_per_route() -> None:
    p = Policy(service="x", tenant="default", use_routes={"mailer": frozenset({"EMAIL_ADDRESS"})})
    assert decide(p, Op.USE, "EMAIL_ADDRESS", route="mailer", recipient_subject="a", owner_subject="a").allowed
    assert not decide(p, Op.USE, "EMAIL_ADDRESS", recipient_subject="a", owner_subject="a").allowed
    assert not decide(p, Op.USE, "EMAIL_ADDRESS", route="crm-api", recipient_subject="a", owner_subject="a").allowed
