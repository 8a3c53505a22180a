"""The audit event constructors: docs/design.md's fields, one event per subject, never a value."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from proxy.audit import events as ev
from proxy.logs import request_id_var

TOK_A = "tok_person_" + "a" * 26
TOK_B = "tok_email_address_" + "b" * 26
PHONE_TOKEN = "289123456789010"  # 15 digits under the spare code 289, Damm-valid


@dataclass(frozen=True)
class Ref:
    token: str
    entity: str
    subject: str
    value: str = "Maria Rossi"  # present on vault results; must never be audited


def test_reveal_is_one_event_per_subject_with_the_design_fields() -> None:
    token = request_id_var.set("req-42")
    try:
        events = ev.reveal(
            actor="crm",
            tenant="acme",
            purpose="support",
            refs=[
                Ref(TOK_A, "PERSON", "s1"),
                Ref(TOK_B, "EMAIL_ADDRESS", "s2"),
                Ref(PHONE_TOKEN, "PHONE_NUMBER", "s1"),
            ],
        )
    finally:
        request_id_var.reset(token)
    assert [(e.subject, e.tokens, e.entities) for e in events] == [
        ("s1", (TOK_A, PHONE_TOKEN), ("PERSON", "PHONE_NUMBER")),
        ("s2", (TOK_B,), ("EMAIL_ADDRESS",)),
    ]
    record = events[0].record()
    assert set(record) == {
        "time",
        "actor",
        "action",
        "tenant",
        "entities",
        "tokens",
        "subject",
        "purpose",
        "outcome",
        "request_id",
        "reason",
    }
    assert (record["action"], record["purpose"], record["request_id"], record["outcome"]) == (
        "reveal",
        "support",
        "req-42",
        "allowed",
    )
    assert "Maria" not in str(record)


@pytest.mark.parametrize(
    "bad", ["+393471234567", "393471234567", "maria@example.com", "Maria Rossi", "123456789012345"]
)
def test_a_value_in_place_of_a_token_is_refused_without_echo(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        ev.use(actor="crm", tenant="acme", refs=[Ref(bad, "PHONE_NUMBER", "s1")])
    assert bad not in str(info.value)
    with pytest.raises(ValueError):
        ev.denied(actor="crm", action="reveal", tenant="acme", reason="not_granted", tokens=[bad])


def test_every_listed_event_has_a_constructor() -> None:
    made = [
        *ev.use(actor="crm", tenant="acme", refs=[Ref(TOK_A, "PERSON", "s1")]),
        *ev.tokenize(actor="crm", tenant="acme", refs=[Ref(TOK_A, "PERSON", "s1")]),
        ev.erase(actor="alice", tenant="acme", subject="s1", tokens=[TOK_A]),
        ev.export(actor="alice", tenant="acme", subject="s1", purpose="dsar"),
        ev.backup(actor="alice"),
        ev.restore(actor="alice", approver="bob"),
        ev.key_op(actor="alice", op="retire", version=2, approver="bob"),
        ev.key_op(actor="alice", op="new_token_epoch"),
        ev.policy_change(actor="alice", tenant="acme", service="crm", version=7),
        ev.login(actor="alice", outcome="denied", reason="bad_totp"),
        ev.denied(actor="crm", action="use", tenant="acme", reason="cross_subject_token", entities=["PERSON"]),
        *ev.merge(tenant="acme", into="s1", merged=["s2", "s3"]),
        ev.block(service="crm", tenant="acme", reason="ceiling_exceeded"),
        ev.lift(admin="alice", service="crm", tenant="acme"),
        ev.honey_plant(admin="alice", tenant="acme", subject="s9", tokens=[TOK_A]),
    ]
    assert [e.action for e in made] == [
        "use",
        "tokenize",
        "erase",
        "export",
        "backup",
        "restore",
        "key_retire",
        "key_new_token_epoch",
        "policy_change",
        "login",
        "use",
        "merge",
        "merge",
        "service_block",
        "service_unblock",
        "honey_plant",
    ]
    assert made[5].actor == "alice+bob" and made[6].reason == "v2" and made[11].reason == "from:s2"
    assert all(e.request_id == "" for e in made)  # outside a request: no id


def test_digests_are_accepted_in_their_own_spelling() -> None:
    named = ev.digest(TOK_A, b"k" * 32)
    assert named.startswith("d:") and len(named) == 14
    event = ev.denied(actor="crm", action="reveal", tenant="acme", reason="not_found", tokens=[named])
    assert event.tokens == (named,)
