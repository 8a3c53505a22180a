"""Token shapes: the one place that spells them (docs/design.md, "Tokens").

| shape        | form                                                    | check            |
|--------------|---------------------------------------------------------|------------------|
| TEXT         | `tok_<entity lower>_<3 tag><22 id><1 check>` (base32)   | over entity + id |
| WAMID        | `wamid.<3 tag><22 id><1 check>`                         | over "wamid" + id|
| EMAIL        | `<3 tag><22 id><1 check>@tokens.invalid`                | over "email" + id|
| DIGITS       | `<spare calling code><4 tag><7 id><Damm>` (15 digits)  | Damm             |
| BSUID        | `QZ.<4 tag><15 id><Damm>`                               | Damm             |
| PARENT_BSUID | `QZ.ENT.<4 tag><15 id><Damm>`                           | Damm             |

The shard tag comes from the value's blind index, so the token record and the value
index land in one Redis hash slot.

The base32 check character is a Damm-style check over GF(32): each character c_k is
folded as `interim = 2·interim ⊕ c_k`, starting from a seed drawn from the label, so the
check is a weighted sum with distinct non-zero weights 2^k. That catches every single
substitution and every adjacent (and one-apart) transposition, where the first check,
`sha256(label:body)[0] % 32`, let one change in 32 through. Tokens minted with that first
check are still read: they parse as `legacy`, and the vault accepts a legacy token only if
its record exists (a mangled new token that happens to satisfy the old check is reported
malformed, not "unknown"), so nothing a CRM holds stops working. Pure: no keys, no I/O. A token string is only a
pointer: the entity that authorises anything is the one sealed in the vault record.
"""

from __future__ import annotations

import enum
import hashlib
import re
from dataclasses import dataclass

from proxy.errors import TokenError

B32 = "abcdefghijklmnopqrstuvwxyz234567"
ID_CHARS = 26
TAG_CHARS = 3
EMAIL_DOMAIN = "tokens.invalid"
_B32_PAIRS = tuple(a + b for a in B32 for b in B32)

_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

TEXT_TOKEN_RE = re.compile(r"\btok_([a-z][a-z0-9_]{1,40})_([a-z2-7]{26})\b", re.IGNORECASE)
_WAMID_RE = re.compile(r"^wamid\.([a-z2-7]{26})$", re.IGNORECASE)
_EMAIL_RE = re.compile(r"^([a-z2-7]{26})@tokens\.invalid$", re.IGNORECASE)
_QZ_RE = re.compile(r"^qz\.(ent\.)?(\d{20})$", re.IGNORECASE)
_DIGIT_NOISE = re.compile(r"[\s\-.()]")


class Shape(enum.Enum):
    TEXT = "text"
    WAMID = "wamid"
    EMAIL = "email"
    DIGITS = "digits"
    BSUID = "bsuid"
    PARENT_BSUID = "parent_bsuid"


@dataclass(frozen=True, slots=True)
class ParsedToken:
    canonical: str  # the form the vault keys records by
    shape: Shape
    tag: str  # Redis shard tag
    legacy: bool = False  # passed only the first (weaker) check: real only if the vault holds it


def damm(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][ord(ch) - 48]
    return interim


def _b32(raw: bytes, n: int) -> str:
    """The first n base32 characters of raw (RFC 4648 alphabet, lower-case).

    Two characters per table lookup: this runs twice per token minted, and the standard
    library's encoder is pure Python in 3.11.
    """
    nbytes, pairs = (n * 5 + 7) // 8, (n + 1) // 2
    shift = nbytes * 8 - pairs * 10
    bits = int.from_bytes(raw[:nbytes], "big")
    bits = bits >> shift if shift >= 0 else bits << -shift
    return "".join([_B32_PAIRS[(bits >> (10 * k)) & 1023] for k in range(pairs - 1, -1, -1)])[:n]


def _gf32_double(x: int) -> int:
    """x·2 in GF(2^5) modulo the primitive polynomial x^5 + x^2 + 1."""
    x <<= 1
    return x ^ 0b100101 if x & 32 else x


_DOUBLE = tuple(_gf32_double(x) for x in range(32))
_B32_VALUE = {ch: i for i, ch in enumerate(B32)}


def _fold(label: str, body: str) -> int:
    """The GF(32) chain over body, seeded by the label (binds the token to its entity)."""
    interim = hashlib.sha256(f"veil/check/{label}".encode()).digest()[0] & 31
    for ch in body:
        interim = _DOUBLE[interim] ^ _B32_VALUE[ch]
    return interim


def _check_char(label: str, body: str) -> str:
    """The character that folds the chain to zero: 2·interim ⊕ c = 0, so c = 2·interim."""
    return B32[_DOUBLE[_fold(label, body)]]


def _legacy_check_char(label: str, body: str) -> str:
    """The first check (a hash byte mod 32), kept only to read tokens minted with it."""
    return B32[hashlib.sha256(f"{label}:{body}".encode()).digest()[0] % 32]


def tag_for(shape: Shape, index: bytes) -> str:
    """The shard tag a value's tokens carry, from its blind index."""
    if shape is Shape.TEXT or shape is Shape.WAMID or shape is Shape.EMAIL:
        bits = int.from_bytes(index[:2], "big") >> 1  # TAG_CHARS = 3: the first 15 bits
        return _B32_PAIRS[bits >> 5] + B32[bits & 31]
    prefix = "d" if shape is Shape.DIGITS else "q"
    return f"{prefix}{int.from_bytes(index[:4], 'big') % 10_000:04d}"


def _label(shape: Shape, entity: str) -> str:
    if shape is Shape.WAMID:
        return "wamid"
    return "email" if shape is Shape.EMAIL else entity.lower()


def mint(shape: Shape, entity: str, index: bytes, digest: bytes, *, phone_prefix: int) -> str:
    """One candidate token: tag from the blind index, id from the keyed digest."""
    tag = tag_for(shape, index)
    if shape in (Shape.TEXT, Shape.WAMID, Shape.EMAIL):
        body = tag + _b32(digest, ID_CHARS - TAG_CHARS - 1)
        body += _check_char(_label(shape, entity), body)
        if shape is Shape.TEXT:
            return f"tok_{entity.lower()}_{body}"
        return f"wamid.{body}" if shape is Shape.WAMID else f"{body}@{EMAIL_DOMAIN}"
    num = int.from_bytes(digest[:16], "big")
    if shape is Shape.DIGITS:
        digits = f"{phone_prefix:03d}{tag[1:]}{num % 10**7:07d}"
        return digits + str(damm(digits))
    digits = f"{tag[1:]}{num % 10**15:015d}"
    head = "QZ.ENT." if shape is Shape.PARENT_BSUID else "QZ."
    return f"{head}{digits}{damm(digits)}"


def _parse_b32(shape: Shape, label: str, body: str, canonical_fmt: str) -> ParsedToken:
    body = body.lower()
    if _fold(label, body) == 0:
        return ParsedToken(canonical_fmt.format(body), shape, body[:TAG_CHARS])
    if _legacy_check_char(label, body[:-1]) == body[-1]:
        return ParsedToken(canonical_fmt.format(body), shape, body[:TAG_CHARS], legacy=True)
    raise TokenError("token check character does not match")


def legacy_twin(token: str) -> str:
    """The same canonical token under the first check character ("" when there is none, or
    it is the token itself). A value whose token expired keeps its tombstone; minting it
    again looks for this twin's tombstone too, so a value first seen before the check
    changed reclaims its old token rather than getting a new one."""
    if token.startswith("tok_"):
        label, body = token[4:].rsplit("_", 1)
        head = token[: -len(body)]
        tail = ""
    elif token.startswith("wamid."):
        label, body, head, tail = "wamid", token[6:], "wamid.", ""
    elif token.endswith("@" + EMAIL_DOMAIN):
        body = token[: -len(EMAIL_DOMAIN) - 1]
        label, head, tail = "email", "", "@" + EMAIL_DOMAIN
    else:
        return ""
    twin = body[:-1] + _legacy_check_char(label, body[:-1])
    return "" if twin == body else head + twin + tail


def parse(text: str, *, phone_prefix: int) -> ParsedToken | None:
    """Classify a string: a valid token, None if not token-shaped, TokenError if mangled."""
    s = text.strip()
    if match := TEXT_TOKEN_RE.fullmatch(s):
        entity = match[1].lower()
        return _parse_b32(Shape.TEXT, entity, match[2], f"tok_{entity}_{{}}")
    if match := _WAMID_RE.match(s):
        return _parse_b32(Shape.WAMID, "wamid", match[1], "wamid.{}")
    if match := _EMAIL_RE.match(s):
        return _parse_b32(Shape.EMAIL, "email", match[1], "{}@" + EMAIL_DOMAIN)
    if match := _QZ_RE.match(s):
        digits = match[2]
        if damm(digits) != 0:
            raise TokenError("token check digit does not match")
        shape = Shape.PARENT_BSUID if match[1] else Shape.BSUID
        head = "QZ.ENT." if match[1] else "QZ."
        return ParsedToken(head + digits, shape, "q" + digits[:4])
    digits = _DIGIT_NOISE.sub("", s).removeprefix("+")
    if len(digits) == 15 and digits.isdigit() and digits.startswith(f"{phone_prefix:03d}"):
        if damm(digits) != 0:
            raise TokenError("token check digit does not match")
        return ParsedToken(digits, Shape.DIGITS, "d" + digits[3:7])
    return None


def parse_strict(text: str, *, phone_prefix: int) -> ParsedToken:
    parsed = parse(text, phone_prefix=phone_prefix)
    if parsed is None:
        raise TokenError("not a token")
    return parsed


def shape_entity(parsed: ParsedToken) -> str | None:
    """The entity a token's shape claims: a hint for messages, never for authorisation."""
    if parsed.shape is Shape.TEXT:
        return parsed.canonical.split("_", 1)[1].rsplit("_", 1)[0].upper()
    return None


def tag_of_canonical(token: str) -> str:
    """The shard tag of a token already in canonical form (as the vault stores it)."""
    if token.startswith("tok_"):
        return token.rsplit("_", 1)[1][:TAG_CHARS]
    if token.startswith("wamid."):
        return token[6 : 6 + TAG_CHARS]
    if token.endswith("@" + EMAIL_DOMAIN):
        return token[:TAG_CHARS]
    if token.startswith("QZ."):
        return "q" + token.rsplit(".", 1)[1][:4]
    return "d" + token[3:7]
