"""Planning one update's tokenisation: which value needs which token, without I/O.

`plan_value` walks a change value with the schema rules (field_table.py) and returns a
`Plan`: identifier and entity requests (the vault mints them later), free texts (the
detector scans them later, all updates of a batch in one call) and `render`, which
builds the new value once tokens and texts are known. JSON held in a string is planned
recursively with its keys as context, and re-serialised. Examined scalars follow
docs/design.md: 7–15 digits (optional `+`), BSUIDs and `wamid.` become identifiers, other
strings are scanned, a PII number becomes a string token (an integral float too:
393471234567.0 is a phone number whatever JSON type carried it). Object keys that are
not plain field names (walk.FIELD_NAME) are examined the same way and renamed to their
token or tokenised text. Nothing here mutates input.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from proxy.inbound import field_table
from proxy.inbound.media import media_url, valid_media_id
from proxy.inbound.walk import JsonPath, Rule, Slot, rename_keys, select, substitute
from proxy.vault import Shape
from proxy.whatsapp import BSUID_RE, PARENT_BSUID_RE

IDENTIFIER_NUMBER = re.compile(r"^\+?\d{7,15}$")
MAX_JSON_DEPTH = 3


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


class Want(NamedTuple):
    """A value that needs a token: owner "" means the update's subject; an alias kind in
    `alias` means the owner is whoever that identifier identifies. A NamedTuple, not a
    dataclass: it is a dict key ~12 times per event, and a tuple hashes in C."""

    value: str
    entity: str
    shape: Shape
    identifier: bool
    alias: str = ""


@dataclass(frozen=True, slots=True)
class PlanSettings:
    public_url: str
    coordinate_decimals: int
    email_shape: Shape
    display_numbers: frozenset[str]  # digits of the business's own numbers


@dataclass
class Plan:
    wants: list[Want] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    media_ids: list[str] = field(default_factory=list)
    jobs: list[tuple[JsonPath, Callable[[Results], Any]]] = field(default_factory=list)
    renames: list[tuple[JsonPath, Callable[[Results], Any]]] = field(default_factory=list)  # object keys


class Results:
    """What render needs: the token of each Want and the tokenised text of each text."""

    def __init__(self, tokens: Mapping[Want, str], texts: list[str]) -> None:
        self.tokens = tokens
        self.texts = texts


def _ident_rule(rule: Rule, slot: Slot) -> Rule:
    """Refine an identifier rule by the value and its siblings."""
    if rule.action == "recipient":
        group = slot.parent is not None and slot.parent.get("recipient_type") == "group"
        rule = field_table.GROUP if group else field_table.PHONE_ID
    if rule is field_table.PHONE_ID and isinstance(slot.value, str):
        if PARENT_BSUID_RE.match(slot.value):
            return field_table.PARENT
        if BSUID_RE.match(slot.value):
            return field_table.BSUID
    return rule


def _examined(value: str | int | float) -> Rule | None:
    """The rule an unknown scalar earns by its shape; None = leave it (prices, empties)."""
    if isinstance(value, float):
        if not value.is_integer():
            return None
        value = int(value)
    text = str(value)
    if not text.strip():
        return None
    if IDENTIFIER_NUMBER.match(text.strip()):
        return field_table.PHONE_ID
    if isinstance(value, int):
        return None
    if PARENT_BSUID_RE.match(text):
        return field_table.PARENT
    if BSUID_RE.match(text):
        return field_table.BSUID
    if text.startswith("wamid."):
        return field_table.WAMID
    if text.lstrip()[:1] in "{[":
        return field_table.JSON
    return field_table.TEXT


def plan_value(
    value: Any, settings: PlanSettings, classify: Callable[[JsonPath], Rule] = field_table.classify, depth: int = 0
) -> Plan:
    plan = Plan()
    for slot in select(value, classify):
        _plan_slot(plan, slot, slot.rule, settings, depth)
    return plan


def _plan_slot(plan: Plan, slot: Slot, rule: Rule, settings: PlanSettings, depth: int) -> None:
    if slot.key:
        _plan_key(plan, slot, settings)
        return
    action = rule.action
    if action == "examine":
        found = _examined(slot.value)
        if found is not None:
            _plan_slot(plan, slot, found, settings, depth)
        return
    if action == "pass":
        return
    if action == "media_id":
        if isinstance(slot.value, str) and valid_media_id(slot.value):
            plan.media_ids.append(slot.value)
        else:  # not Meta's shape (a numeric string): an unknown value, examined, never passed on as is
            _plan_slot(plan, slot, field_table.EXAMINE, settings, depth)
    elif action == "media_url":
        media_id = slot.parent.get("id") if slot.parent is not None else None
        if isinstance(media_id, str) and valid_media_id(media_id):
            plan.jobs.append((slot.path, _const(media_url(settings.public_url, media_id))))
        else:
            _plan_slot(plan, slot, field_table.URL, settings, depth)
    elif action == "coord":
        plan.jobs.append((slot.path, _const(_round(slot.value, settings.coordinate_decimals))))
    elif action in ("ident", "recipient", "entity"):
        _plan_token(plan, slot, rule, settings)
    elif action == "json":
        _plan_json(plan, slot, settings, depth)
    elif action == "text" and isinstance(slot.value, str) and slot.value.strip():
        if depth < MAX_JSON_DEPTH and _json_container(slot.value) is not None:
            # a message body that is a JSON object or array (a form, a bot, a copy-paste): walked
            # with key context like JSON in an unknown field, so a value under "first_name" is a
            # name even where free-text detection sees no sentence around it
            _plan_json(plan, slot, settings, depth)
            return
        plan.jobs.append((slot.path, _text_at(len(plan.texts))))
        plan.texts.append(slot.value)


Job = Callable[["Results"], Any]


def _const(value: Any) -> Job:
    return lambda results: value


def _text_at(index: int) -> Job:
    return lambda results: results.texts[index]


def _token_of(want: Want) -> Job:
    return lambda results: results.tokens[want]


def _round(value: str | int | float, decimals: int) -> str | float:
    try:
        rounded = round(float(value), decimals)
    except ValueError:
        return str(value)
    return str(rounded) if isinstance(value, str) else rounded


def _plan_token(plan: Plan, slot: Slot, rule: Rule, settings: PlanSettings) -> None:
    value = slot.value
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    if not text:
        return  # "" stays "" (Meta's "no phone shared")
    rule = _ident_rule(rule, slot) if rule.action != "entity" else rule
    if rule.entity == "PHONE_NUMBER" and digits(text) in settings.display_numbers:
        return  # the business's own number is not PII
    shape = settings.email_shape if rule.entity == "EMAIL_ADDRESS" else rule.shape
    want = Want(text, rule.entity, shape, identifier=rule.action == "ident", alias=rule.alias)
    plan.wants.append(want)
    (plan.renames if slot.key else plan.jobs).append((slot.path, _token_of(want)))


def _plan_key(plan: Plan, slot: Slot, settings: PlanSettings) -> None:
    """An object key that is not a plain field name: an identifier shape becomes its token,
    anything else (JSON-looking included) is scanned as free text."""
    found = _examined(slot.value)
    if found is None:
        return
    if found.action == "ident":
        _plan_token(plan, slot, found, settings)
        return
    plan.renames.append((slot.path, _text_at(len(plan.texts))))
    plan.texts.append(str(slot.value))


def _json_container(text: str) -> dict[str, Any] | list[Any] | None:
    """`text` parsed, when it is a JSON object or array (a JSON string or number is text)."""
    if text.lstrip()[:1] not in ("{", "["):
        return None
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return doc if isinstance(doc, dict | list) else None


def _plan_json(plan: Plan, slot: Slot, settings: PlanSettings, depth: int) -> None:
    """JSON inside a string: walked with key context, re-serialised; not JSON = free text."""
    doc: Any = None
    if isinstance(slot.value, str) and depth < MAX_JSON_DEPTH:
        try:
            doc = json.loads(slot.value)
        except ValueError:
            doc = None
    if not isinstance(doc, dict | list):
        _plan_slot(plan, slot, field_table.TEXT, settings, depth)
        return
    inner = plan_value(doc, settings, field_table.classify_json_key, depth + 1)
    offset = len(plan.texts)
    plan.wants += inner.wants
    plan.texts += inner.texts
    plan.media_ids += inner.media_ids

    def render_json(r: Results, inner: Plan = inner, offset: int = offset, doc: Any = doc) -> str:
        view = Results(r.tokens, r.texts[offset : offset + len(inner.texts)])
        return json.dumps(render(doc, inner, view), ensure_ascii=False)

    plan.jobs.append((slot.path, render_json))


def render(value: Any, plan: Plan, results: Results) -> Any:
    """The new value: every planned job applied; `value` is not mutated."""
    new = substitute(value, {path: job(results) for path, job in plan.jobs})
    if plan.renames:
        new = rename_keys(new, {path: job(results) for path, job in plan.renames})
    return new
