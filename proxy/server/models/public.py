"""Request and answer models of the direct API (`/v1`): what a service may send, as types.

The handler in `server/direct.py` receives one of these or the caller receives a 400 naming
the field; `server/openapi.py` documents the same classes. Limits: 1,000 values or tokens
a request, 4,096 characters a value, 64 KiB a text.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, model_validator

from proxy.server.models.fields import Body, EntityName, Language, NonBlank, Purpose, Text

MAX_ITEMS = 1000
MAX_VALUE = 4096
MAX_TEXT = 64 * 1024

Token = Annotated[Text, Field(min_length=1, max_length=256, description="a token as Veil issued it")]


class SubjectAlias(Body):
    """A subject named by kind: a token it owns, or one of its aliases."""

    kind: Literal["token", "wa_id", "bsuid", "parent_bsuid", "username"]
    value: Annotated[NonBlank, Field(max_length=256)]


SubjectName = Annotated[NonBlank, Field(max_length=256, description="a token of the subject, or an alias")]
Subject = SubjectName | SubjectAlias


def subject_raw(subject: Subject) -> str | dict[str, str]:
    """The reference as `proxy.vault.parse_ref` reads it."""
    return subject if isinstance(subject, str) else {"kind": subject.kind, "value": subject.value}


class ValueIn(Body):
    value: Annotated[NonBlank, Field(max_length=MAX_VALUE)]
    entity: EntityName


class TokenizeValues(Body):
    """Values to tokenise. Without a subject only identifiers may be sent (each names its own
    subject, which needs the `identify` grant)."""

    values: Annotated[list[ValueIn], Field(min_length=1, max_length=MAX_ITEMS)]
    subject: Subject | None = None


class TokenizeText(Body):
    """A text whose PII is found and tokenised in place."""

    text: Annotated[Text, Field(max_length=MAX_TEXT)]
    subject: Subject | None = Field(None, description="required: what a text holds belongs to a subject")
    language: Language | None = None


class Detokenize(Body):
    """Tokens (or a text holding tokens) to reveal, and why: exactly one of `tokens` and `text`."""

    purpose: Purpose
    tokens: Annotated[list[Token], Field(min_length=1, max_length=MAX_ITEMS)] | None = None
    text: Annotated[Text, Field(max_length=MAX_TEXT)] | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Detokenize:
        if (self.tokens is None) == (self.text is None):
            raise ValueError("tokens or text: exactly one of them")
        return self


class Tokens(BaseModel):
    tokens: list[str | None] = Field(description="one per value, in order; null: an unknown identifier")


class FoundSpan(BaseModel):
    entity: str
    start: int
    end: int
    token: str


class TokenizedText(BaseModel):
    text: str
    entities: list[FoundSpan]


class RevealedValue(BaseModel):
    token: str
    entity: str
    value: str


class Refused(BaseModel):
    token: str
    error: Literal["not_found", "forbidden", "malformed"]


class RevealResults(BaseModel):
    results: list[RevealedValue | Refused]


class RevealedText(BaseModel):
    text: str


class WhoAmI(BaseModel):
    service: str
    tenant: str
    kid: str
