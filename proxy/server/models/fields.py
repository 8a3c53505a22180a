"""The value types every request model is built from, and the one parse that turns a body,
a query or a path into a model or a 400 naming each field.

Why a type per kind of value rather than checks in handlers: a handler that reads
`body.get("tenant")` can misread a list as "not given" and act on the default; a model
either holds exactly what was sent, checked, or refuses it before any handler code runs.
The same types give the OpenAPI documents their schemas, so what is documented is what
is enforced.

Strings refuse lone surrogates (`"\\ud800"` is valid JSON but no UTF-8 encodes it: the
vault's AEAD, the token digests and Redis all encode). Names the audit trail records
(purposes, approval ids) are ASCII: `str.isalnum()` accepts "²³" and "٣".
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, ValidationError

from proxy.errors import BadRequest

M = TypeVar("M", bound=BaseModel)


def _encodable(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("a lone surrogate is not text (it has no UTF-8 encoding)") from None
    return value


def surrogate_at(value: Any, where: str = "body") -> str | None:
    """Where in a JSON document a string (or a key) holds a lone surrogate, or None."""
    if isinstance(value, str):
        return None if value.isascii() or _ok(value) else where
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(key, str) and not _ok(key):
                return where
            found = surrogate_at(item, f"{where}.{key}" if _ok(str(key)) and str(key).isidentifier() else where)
            if found is not None:
                return found
    if isinstance(value, list):
        for i, item in enumerate(value):
            found = surrogate_at(item, f"{where}.{i}")
            if found is not None:
                return found
    return None


def _ok(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


# Text of any length the model allows, encodable.
Text = Annotated[str, AfterValidator(_encodable)]
NonBlank = Annotated[str, AfterValidator(_encodable), AfterValidator(_not_blank)]
TenantName = Annotated[
    str,
    Field(
        min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", description="a configured tenant's name"
    ),
]
EntityName = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9_]{1,40}$", description="an entity name, e.g. PHONE_NUMBER")]
Purpose = Annotated[
    str,
    Field(
        pattern=r"^[A-Za-z0-9_.:-]{1,64}$",
        description="why the values are needed (audited): ASCII letters, digits, _ . : -",
    ),
]
ApprovalId = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="an approval's id")]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}$", description="an ISO 639 language code")]
# Whole numbers of days: a JSON true is a Python int, and 10**30 days overflows every clock.
Days = Annotated[StrictInt, Field(ge=0, le=36_500)]


class Body(BaseModel):
    """A request model: unknown fields are refused (a typo is not silently ignored), and
    nothing is coerced (the string "3" is not the number 3)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)
    noun: ClassVar[str] = "request"  # what an unknown field is "not a … field" of


class Query(BaseModel):
    """Query-string parameters: strings by nature, so numbers are parsed (lax), but unknown
    parameters are still refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    noun: ClassVar[str] = "query"


def _where(loc: tuple[int | str, ...]) -> str:
    """A field's path, never a key the caller chose (a dict key may be a value: PII)."""
    parts = []
    for part in loc:
        if isinstance(part, int):
            parts.append(str(part))
        elif part.isascii() and (part.replace("_", "").replace("-", "").isalnum() or part == "*") and len(part) <= 40:
            parts.append(part)
        else:
            parts.append("*")
    return ".".join(parts) or "body"


def problems(exc: ValidationError, root: str = "", noun: str = "request") -> list[str]:
    """Each problem as 'field: what is expected', never with the value that was sent.
    A union's alternatives (`function-after[…]`, `str`, `SubjectAlias`) are not fields."""
    out: list[str] = []
    for err in exc.errors(include_input=False, include_url=False):
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p[:1].isupper() or p == "str")))
        where = _where(loc)
        line = (where if not root else root if where == "body" else f"{root}.{where}") + ": "
        line += f"not a {noun} field" if err["type"] == "extra_forbidden" else err["msg"].replace("Value error, ", "")
        if line not in out:
            out.append(line)
    return out[:20]


def parse(model: type[M], data: Any, *, code: str = "bad_request", root: str = "") -> M:
    """`data` as `model`, or BadRequest listing each problem by field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise BadRequest(problems(exc, root, getattr(model, "noun", "request")), code) from None
