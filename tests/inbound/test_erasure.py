"""How erasure recognises a subject's value inside a sealed entry it has no alias for: a whole
word whatever its case, a phone number however it is spaced, JSON's \\u escapes read as the
characters they stand for; and never a mere part of a longer word or number."""

from __future__ import annotations

import pytest

from proxy.inbound.erasure import mentions, searchable

VALUES = ["Jürgen Müller", "jm@example.de", "+49 151 2345 6789", "Ana"]


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        (b'{"body": "hallo, ich bin J\\u00fcrgen M\\u00fcller"}', True),  # JSON escapes
        (b"schreib an JM@Example.DE bitte", True),  # case
        (b'{"from": "4915123456789"}', True),  # the number without its spaces
        (b"ruf an: +49 (151) 2345-6789", True),  # spaced and punctuated otherwise
        (b'{"body": "Anabel"}', False),  # a longer word is not the name
        (b'{"id": "149151234567890"}', False),  # a longer number is not the phone
        (b'{"body": "Ana, ciao"}', True),
        (b'{"entry": [{"changes": [{"value": {"text": "nothing of hers', False),  # a truncated body
    ],
)
def test_an_entry_names_the_subject(raw: bytes, named: bool) -> None:
    assert mentions(VALUES)(searchable(raw)) is named


def test_values_too_short_to_tell_are_not_searched_for() -> None:
    names = mentions(["Al", "42"])
    assert not names("Al called, room 42") and not mentions([])("anything")
    assert mentions(["40121"])("Via Garibaldi 77, 40121 Bologna")  # a postcode is a whole word
