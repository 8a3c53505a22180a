"""The key names' inverses: ids are read back out of a key name only by the module that
spells it (`keyspace`), never cut out by a handler."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from proxy.kv import keyspace

SUBJECT = "3f2a9c0d4b5e6f718293a4b5c6d7e8f9"


@pytest.mark.parametrize("key_of", [keyspace.subject_record, keyspace.subject_tokens, keyspace.subject_aliases])
def test_subject_of_inverts_the_subject_slot(key_of: Callable[[str, str], str]) -> None:
    key = key_of("acme", SUBJECT)
    assert keyspace.subject_of("acme", key) == SUBJECT
    assert keyspace.subject_of("acme", keyspace.subject_sent("acme", SUBJECT, "crm")) == SUBJECT


def test_subject_of_refuses_another_tenants_or_another_kind_of_key() -> None:
    for key in (
        keyspace.subject_record("other", SUBJECT),
        keyspace.alias("acme", "ab12"),
        keyspace.token_record("acme", "d6505", "16505551234"),
    ):
        with pytest.raises(ValueError):
            keyspace.subject_of("acme", key)


def test_tenant_and_token_come_back_out_of_their_keys() -> None:
    assert keyspace.tenant_of_keys(keyspace.tenant_keys("acme-eu_2")) == "acme-eu_2"
    for token in (
        "tok_person_weqc6awmjmboomosebg4iogiwy",
        "QZ.85935136728915024821",
        "289275185711514",
        "5h3zrijsl2mpwr5mq3dh2vsc2r@tokens.invalid",
        "wamid.abcdefghijklmnopqrstuvwxyz",
    ):
        assert keyspace.token_of_tombstone(keyspace.tombstone("acme", "abc", token)) == token
    with pytest.raises(ValueError):
        keyspace.tenant_of_keys(keyspace.meta())
    with pytest.raises(ValueError):
        keyspace.token_of_tombstone(keyspace.token_record("acme", "abc", "289275185711514"))
