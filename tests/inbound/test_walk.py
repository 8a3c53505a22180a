"""The walker and the field rules: pure tables, no Redis, no detector."""

from __future__ import annotations

import copy
import json
from types import MappingProxyType
from typing import Any

import pytest

from proxy.inbound import field_table
from proxy.inbound.plan import PlanSettings, Results, Want, plan_value, render
from proxy.inbound.walk import MAX_DEPTH, Rule, select, substitute
from proxy.vault.tokens import Shape

SETTINGS = PlanSettings("https://veil.example", 2, Shape.TEXT, frozenset({"15550783881"}))


def test_select_lists_scalars_in_order_and_skips_bools_and_nulls() -> None:
    doc = {"a": "x", "b": [1, {"c": 2.5}], "d": True, "e": None}
    slots = select(doc, lambda path: field_table.EXAMINE)
    assert [(s.path, s.value) for s in slots] == [(("a",), "x"), (("b", 0), 1), (("b", 1, "c"), 2.5)]


def test_select_walks_mappings_that_are_not_dicts_and_refuses_deep_nesting() -> None:
    """The fast path is for plain dicts and lists; other Mappings and subclasses are still walked."""
    doc = {"a": MappingProxyType({"b": "x"}), "c": _Items(["y"]), "d": _Text("z")}
    slots = select(doc, lambda path: field_table.EXAMINE)
    assert [(s.path, s.value) for s in slots] == [(("a", "b"), "x"), (("c", 0), "y"), (("d",), "z")]
    assert slots[0].parent == {"b": "x"}
    deep: Any = "leaf"
    for _ in range(MAX_DEPTH + 1):
        deep = [deep]
    with pytest.raises(ValueError, match="nested too deeply"):
        select(deep, lambda path: field_table.EXAMINE)


class _Items(list[Any]):
    pass


class _Text(str):
    __slots__ = ()


def test_substitute_never_mutates_and_refuses_unknown_paths() -> None:
    doc = {"a": {"b": ["x", "y"]}, "c": 1}
    before = copy.deepcopy(doc)
    out = substitute(doc, {("a", "b", 1): "Y", ("c",): "one"})
    assert out == {"a": {"b": ["x", "Y"]}, "c": "one"} and doc == before
    assert out["a"] is not doc["a"]
    with pytest.raises(KeyError):
        substitute(doc, {("zz",): 1})


@pytest.mark.parametrize(
    ("path", "rule"),
    [
        (("contacts", 0, "wa_id"), field_table.PHONE_ID),
        (("contacts", 0, "user_id"), field_table.BSUID),
        (("contacts", 0, "parent_user_id"), field_table.PARENT),
        (("contacts", 0, "profile", "name"), field_table.PERSON),
        (("contacts", 0, "profile", "username"), field_table.USERNAME),
        (("contacts", 0, "identity_key_hash"), field_table.IDENTITY_HASH),
        (("messages", 0, "from"), field_table.PHONE_ID),
        (("messages", 0, "id"), field_table.WAMID),
        (("messages", 0, "context", "id"), field_table.WAMID),
        (("messages", 0, "reaction", "message_id"), field_table.WAMID),
        (("messages", 0, "group_id"), field_table.GROUP),
        (("messages", 0, "text", "body"), field_table.TEXT),
        (("messages", 0, "timestamp"), field_table.PASS),
        (("messages", 0, "image", "url"), field_table.MEDIA_URL),
        (("messages", 0, "image", "id"), field_table.MEDIA_ID),
        (("messages", 0, "location", "latitude"), field_table.COORD),
        (("messages", 0, "location", "address"), field_table.LOCATION),
        (("messages", 0, "contacts", 0, "phones", 1, "phone"), field_table.VCARD_PHONE),
        (("messages", 0, "contacts", 0, "phones", 1, "wa_id"), field_table.PHONE_ID),
        (("messages", 0, "contacts", 0, "name", "first_name"), field_table.PERSON),
        (("messages", 0, "interactive", "nfm_reply", "response_json"), field_table.JSON),
        (("messages", 0, "referral", "ctwa_clid"), field_table.CLICK_ID),
        (("messages", 0, "system", "wa_id"), field_table.PHONE_ID),
        (("message_echoes", 0, "to_user_id"), field_table.BSUID),
        (("history", 0, "threads", 0, "messages", 3, "id"), field_table.WAMID),
        (("history", 0, "threads", 0, "id"), field_table.PHONE_ID),
        (("statuses", 0, "id"), field_table.WAMID),
        (("statuses", 0, "recipient_id"), field_table.RECIPIENT),
        (("statuses", 0, "recipient_identity_key_hash"), field_table.IDENTITY_HASH),
        (("statuses", 0, "pricing", "category"), field_table.PASS),
        (("metadata", "phone_number_id"), field_table.PASS),
        (("some_new_field", "deep"), field_table.EXAMINE),
        (("messages", 0, "calls", 0, "from"), field_table.EXAMINE),
    ],
)
def test_field_rules(path: tuple[Any, ...], rule: Rule) -> None:
    assert field_table.classify(path) == rule


def _plan(value: Any) -> tuple[Any, list[Want], list[str]]:
    plan = plan_value(value, SETTINGS)
    tokens = {w: f"<{w.entity}:{w.value}>" for w in plan.wants}
    out = render(value, plan, Results(tokens, [f"<text:{t}>" for t in plan.texts]))
    return out, plan.wants, plan.texts


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("16505551234", "<PHONE_NUMBER:16505551234>"),
        ("+393471234567", "<PHONE_NUMBER:+393471234567>"),
        (16505551234, "<PHONE_NUMBER:16505551234>"),  # a PII number becomes a string token
        ("US.13491208655302741918", "<WHATSAPP_USER_ID:US.13491208655302741918>"),
        ("US.ENT.11815799212886844830", "<WHATSAPP_USER_ID:US.ENT.11815799212886844830>"),
        ("wamid.HBgLMTY1MDM4Nzk0MzkV", "<WHATSAPP_MESSAGE_ID:wamid.HBgLMTY1MDM4Nzk0MzkV>"),
        ("any words at all", "<text:any words at all>"),
        (42, 42),
        (3.25, 3.25),
        ("", ""),
        ("15550783881", "15550783881"),  # the business's own number
    ],
)
def test_unknown_fields_are_examined(value: Any, expected: Any) -> None:
    out, _, _ = _plan({"brand_new": {"field": value}})
    assert out == {"brand_new": {"field": expected}}


def test_identifier_wants_and_empty_identifiers_stay_empty() -> None:
    value = {
        "contacts": [{"wa_id": "", "user_id": "US.1349", "profile": {"name": "Ann"}}],
        "messages": [{"from": "", "from_user_id": "US.1349", "id": "wamid.X", "type": "text"}],
    }
    out, wants, _ = _plan(value)
    assert out["contacts"][0]["wa_id"] == "" and out["messages"][0]["from"] == ""
    assert out["contacts"][0]["user_id"] == "<WHATSAPP_USER_ID:US.1349>"
    bsuid = next(w for w in wants if w.value == "US.1349")
    assert bsuid.identifier and bsuid.shape is Shape.BSUID and bsuid.alias == "bsuid"
    name = next(w for w in wants if w.value == "Ann")
    assert not name.identifier and name.entity == "PERSON"


def test_group_recipient_and_bsuid_in_phone_slot() -> None:
    value = {
        "statuses": [
            {
                "id": "wamid.A",
                "recipient_id": "120363405737541234",
                "recipient_type": "group",
                "recipient_participant_id": "16505551234",
            }
        ],
        "history": [{"threads": [{"id": "US.999999", "messages": []}]}],
    }
    out, wants, _ = _plan(value)
    assert out["statuses"][0]["recipient_id"] == "<WHATSAPP_GROUP_ID:120363405737541234>"
    assert out["history"][0]["threads"][0]["id"] == "<WHATSAPP_USER_ID:US.999999>"
    assert next(w for w in wants if w.value == "US.999999").shape is Shape.BSUID


def test_coordinates_rounded_and_still_numbers_media_url_replaced() -> None:
    value = {
        "messages": [
            {
                "location": {"latitude": 37.483307, "longitude": -122.148981},
                "image": {"id": "1003383421387256", "url": "https://lookaside.fbsbx.com/x?mid=1&hash=ARn2"},
            }
        ]
    }
    out, _, _ = _plan(value)
    assert out["messages"][0]["location"] == {"latitude": 37.48, "longitude": -122.15}
    assert out["messages"][0]["image"]["url"] == "https://veil.example/media/wa/1003383421387256"


@pytest.mark.parametrize("media_id", ["maria.rossi@example.com", "Maria Rossi", "abc123", "12_34", "1" * 33, ""])
def test_a_media_id_that_is_not_a_numeric_string_is_examined_not_passed(media_id: str) -> None:
    """Meta's media ids are numeric strings; any other value in a media `id` is not trusted as
    one: not recorded, no media URL built from it, and scanned like an unknown field."""
    value = {"messages": [{"image": {"id": media_id, "url": "https://lookaside.fbsbx.com/x?mid=1&hash=ARn2"}}]}
    plan = plan_value(value, SETTINGS)
    assert plan.media_ids == []
    out, wants, texts = _plan(value)
    image = out["messages"][0]["image"]
    assert image["id"] == (f"<text:{media_id}>" if media_id else "")
    assert image["url"] == "<URL:https://lookaside.fbsbx.com/x?mid=1&hash=ARn2>"  # Meta's URL, tokenised
    assert "veil.example/media" not in json.dumps(out)
    numeric = plan_value({"messages": [{"image": {"id": "1003383421387256"}}]}, SETTINGS)
    assert numeric.media_ids == ["1003383421387256"]


def test_json_in_a_string_walked_with_key_context_and_reserialised() -> None:
    inner = {
        "flow_token": "AQAAAAACS5Fpg",
        "full_name": "Sheena Nelson",
        "email": "s@example.com",
        "phone": "+1 650 555 1234",
        "rating": "4",
        "nested": json.dumps({"note": "call 16505551234"}),
    }
    value = {"messages": [{"interactive": {"nfm_reply": {"response_json": json.dumps(inner)}}}]}
    out, wants, texts = _plan(value)
    got = json.loads(out["messages"][0]["interactive"]["nfm_reply"]["response_json"])
    assert got["flow_token"] == "AQAAAAACS5Fpg"
    assert got["full_name"] == "<PERSON:Sheena Nelson>" and got["email"] == "<EMAIL_ADDRESS:s@example.com>"
    assert got["phone"] == "<PHONE_NUMBER:+1 650 555 1234>" and got["rating"] == "<text:4>"
    assert json.loads(got["nested"]) == {"note": "<text:call 16505551234>"}
    assert not next(w for w in wants if w.value == "+1 650 555 1234").identifier


def test_plan_never_mutates_its_input() -> None:
    value = {
        "contacts": [{"wa_id": "16505551234", "profile": {"name": "Ann"}}],
        "messages": [{"from": "16505551234", "text": {"body": "hi"}, "location": {"latitude": 1.23456}}],
    }
    before = copy.deepcopy(value)
    _plan(value)
    assert value == before


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (393471234567.0, "<PHONE_NUMBER:393471234567>"),  # a phone number carried as a float
        (3.93471234567e11, "<PHONE_NUMBER:393471234567>"),
        (16505551234.0, "<PHONE_NUMBER:16505551234>"),
        (19.9, 19.9),  # a price stays a number
        (1234.0, 1234.0),  # too short for a phone number
        (15550783881.0, 15550783881.0),  # the business's own number
    ],
)
def test_unknown_float_numbers_are_examined(value: float, expected: Any) -> None:
    out, _, _ = _plan({"brand_new": {"field": value}})
    assert out == {"brand_new": {"field": expected}}


def test_pii_used_as_object_keys_in_unknown_fields_is_replaced() -> None:
    value = {
        "crm_tags": {
            "+393471234567": {"vip": True, "note": "ok"},
            "mario.rossi@example.com": 3,
            "Mario Rossi": "gold",
            "plain_key": "x",
            "393471234567": [1, 2],
        },
        "messages": [{"from": "16505551234", "text": {"body": "hi"}}],
    }
    before = copy.deepcopy(value)
    out, wants, texts = _plan(value)
    assert value == before
    assert out["crm_tags"] == {
        "<PHONE_NUMBER:+393471234567>": {"vip": True, "note": "<text:ok>"},
        "<text:mario.rossi@example.com>": 3,
        "<text:Mario Rossi>": "<text:gold>",
        "plain_key": "<text:x>",
        "<PHONE_NUMBER:393471234567>": [1, 2],
    }
    assert list(out["crm_tags"])[3] == "plain_key"  # order kept
    assert "mario.rossi@example.com" in texts and "Mario Rossi" in texts
    assert next(w for w in wants if w.value == "+393471234567").identifier
    assert out["messages"] == [{"from": "<PHONE_NUMBER:16505551234>", "text": {"body": "<text:hi>"}}]


def test_keys_inside_json_in_a_string_are_examined_too() -> None:
    inner = {"+393471234567": "vip", "rating": "4"}
    value = {"messages": [{"interactive": {"nfm_reply": {"response_json": json.dumps(inner)}}}]}
    out, _, _ = _plan(value)
    got = json.loads(out["messages"][0]["interactive"]["nfm_reply"]["response_json"])
    assert got == {"<PHONE_NUMBER:+393471234567>": "<text:vip>", "rating": "<text:4>"}


def test_rename_keys_deepest_first_and_never_mutates() -> None:
    from proxy.inbound.walk import rename_keys

    doc = {"a b": {"c d": 1, "e": 2}, "f": [{"g h": 3}]}
    out = rename_keys(doc, {("a b",): "A", ("a b", "c d"): "C", ("f", 0, "g h"): "G"})
    assert out == {"A": {"C": 1, "e": 2}, "f": [{"G": 3}]}
    assert doc == {"a b": {"c d": 1, "e": 2}, "f": [{"g h": 3}]}
    with pytest.raises(KeyError):
        rename_keys(doc, {("missing",): "x"})
