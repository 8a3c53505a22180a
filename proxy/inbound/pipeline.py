"""Tokenising inbound updates: subjects, one detector call, one vault call, new values.

`tokenize_payload(parts, ...)` takes a batch of updates of one tenant (sealed copies
just opened) and returns each with every PII value replaced by its token. Order of work:
1. each update's subject is resolved from its aliases (contacts block, sender or
   recipient fields, both sides of a `system` change event: they join or merge);
2. the schema rules plan every field (plan.py); an identifier in an identifier
   field belongs to the subject it identifies (a shared contact's wa_id to that
   contact), everything else to the update's subject;
3. all free texts of the batch go to the detector in **one** call; each is analysed
   in its own language (identified in the detector worker, which groups the batch by
   language), the tenant's when too short to tell or when the tenant turned that off;
   national phone forms are read in the tenant's `phone_regions`, the text's language's
   countries and those of the customer's and the business's own numbers;
   with the tenant's grey zone on (the default), a structured match below its threshold
   that has a PII shape is tokenised too ("when in doubt, tokenise"); with the tenant's
   `places: all`, every place span found is tokenised, said of a person or not;
   values the update itself names as PII (its customer's numbers, ids,
   username, profile name) are also found in its texts even where the detector misses
   them; a phone number in text is a per-subject PHONE_NUMBER, never an identifier;
4. the vault mints every token of the batch in one call; the values are rendered.
Fails closed: any error propagates and nothing of the batch is forwarded.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from proxy.detection import Detector, Places, Span, regions_of, replace_spans, without_overlaps
from proxy.inbound.plan import Plan, PlanSettings, Results, Want, digits, plan_value, render
from proxy.vault import Alias, Minted, Shape, TokenizeRequest, Vault
from proxy.whatsapp import Part
from proxy.whatsapp import updates as wa_updates

# Planning and rendering are synchronous; a batch of `ingress.batch_size` updates would hold the
# event loop that answers Meta for tens of ms, so they give it back every this many updates.
YIELD_EVERY = 10
ALIAS_ENTITY = {
    "wa_id": "PHONE_NUMBER",
    "bsuid": "WHATSAPP_USER_ID",
    "parent_bsuid": "WHATSAPP_USER_ID",
    "username": "WHATSAPP_USERNAME",
}
OnMerge = Callable[[str, str, tuple[str, ...]], Awaitable[None]]  # (tenant, survivor, merged)


@dataclass(frozen=True, slots=True)
class Context:
    tenant: str
    language: str  # the tenant's; with identification, the fallback of texts too short to tell
    regions: tuple[str, ...]
    settings: PlanSettings
    identify: bool | None = None  # each text in its own language; None: as detection.identification says
    grey: bool = True  # grey-zone matches tokenised too (detection.grey_zone, tenants[].grey_zone)
    places: Places | None = None  # "all": every place found tokenised; None: as detection.places says


@dataclass(frozen=True, slots=True)
class Tokenized:
    part: Part  # the same update, tokenised
    subject: str
    tokens: Mapping[str, frozenset[str]]  # owning subject -> tokens of it in this update
    media_ids: tuple[str, ...]


class _Draft(NamedTuple):
    """An update planned, before its subject is known (a batch resolves them together)."""

    part: Part
    plan: Plan
    aliases: frozenset[tuple[str, str]]
    known: list[tuple[str, str]]
    display: frozenset[str]


@dataclass
class _Work:
    part: Part
    plan: Plan
    subject: str
    aliases: frozenset[tuple[str, str]]
    known: list[tuple[str, str]]  # (value, entity) found in this update's own texts
    display: frozenset[str]  # digits of the business's own numbers (config + this update)


async def tokenize_payload(
    parts: Sequence[Part],
    *,
    ctx: Context,
    vault: Vault,
    detector: Detector,
    on_merge: OnMerge | None = None,
    on_minted: Callable[[Sequence[Minted]], None] | None = None,
    on_grey: Callable[[Sequence[Span]], None] | None = None,
) -> list[Tokenized]:
    """`on_minted` sees every token the vault call returned (entity types for the counters),
    `on_grey` every grey-zone span about to be tokenised (the grey-zone counter)."""
    drafts: list[_Draft] = []
    settings_for: dict[frozenset[str], PlanSettings] = {}
    for i, part in enumerate(parts):
        if i and i % YIELD_EVERY == 0:
            await asyncio.sleep(0)  # let webhooks be acknowledged between chunks of a big batch
        pairs = wa_updates.aliases(part)
        shown = _display(part)
        if shown not in settings_for:  # one PlanSettings per business number seen in the batch
            settings_for[shown] = replace(ctx.settings, display_numbers=ctx.settings.display_numbers | shown)
        settings = settings_for[shown]
        pairs = [p for p in pairs if not (p[0] == "wa_id" and digits(p[1]) in settings.display_numbers)]
        drafts.append(
            _Draft(
                part,
                plan_value(part.value, settings),
                frozenset(pairs),
                _known_values(part, pairs),
                settings.display_numbers,
            )
        )
    subjects = await _subjects(vault, ctx.tenant, drafts, on_merge)
    work = [
        _Work(d.part, d.plan, subjects.get(d.aliases, wa_updates.TENANT_SUBJECT), d.aliases, d.known, d.display)
        for d in drafts
    ]
    owners = _owners(work, subjects)
    spans = await _detect(detector, ctx, work)
    if on_grey is not None:
        on_grey([s for per_update in spans for per_text in per_update for s in per_text if s.grey])
    requests: dict[tuple[Want, str], TokenizeRequest] = {}
    for w in work:
        for want in w.plan.wants:
            owner = owners.get((want.alias, want.value), w.subject) if want.alias else w.subject
            requests[(want, w.subject)] = TokenizeRequest(want.value, want.entity, owner, want.shape, want.identifier)
    for w, text_spans in zip(work, spans, strict=True):
        for text, found in zip(w.plan.texts, text_spans, strict=True):
            for span in found:
                want = Want(text[span.start : span.end], span.entity, Shape.TEXT, identifier=False)
                requests[(want, w.subject)] = TokenizeRequest(want.value, want.entity, w.subject)
    keys = list(requests)
    minted = dict(zip(keys, await vault.tokenize(ctx.tenant, [requests[k] for k in keys]), strict=True))
    if on_minted is not None:
        on_minted(list(minted.values()))
    out: list[Tokenized] = []
    for i, (w, text_spans) in enumerate(zip(work, spans, strict=True)):
        if i and i % YIELD_EVERY == 0:
            await asyncio.sleep(0)
        out.append(_finish(w, text_spans, minted))
    return out


def _display(part: Part) -> frozenset[str]:
    metadata = part.value.get("metadata")
    number = metadata.get("display_phone_number") if isinstance(metadata, Mapping) else None
    return frozenset({digits(number)}) if isinstance(number, str) and digits(number) else frozenset()


async def _subjects(
    vault: Vault, tenant: str, drafts: Sequence[_Draft], on_merge: OnMerge | None
) -> dict[frozenset[tuple[str, str]], str]:
    """The subject of every alias set the batch names, resolved together (one round trip
    for known customers): each update's aliases, in order, then each identifier that is
    not one of its update's aliases (a shared contact's wa_id belongs to that contact)."""
    wanted: dict[frozenset[tuple[str, str]], None] = {}
    for d in drafts:
        if d.aliases:
            wanted[d.aliases] = None
    for d in drafts:
        for want in d.plan.wants:
            if want.alias and (want.alias, want.value) not in d.aliases:
                wanted[frozenset({(want.alias, want.value)})] = None
    sets = list(wanted)
    resolutions = await vault.subjects.resolve_many(tenant, [[Alias(k, v) for k, v in sorted(s)] for s in sets])
    for resolution in resolutions:
        if resolution.merged and on_merge is not None:
            await on_merge(tenant, resolution.subject, resolution.merged)
    return {s: r.subject for s, r in zip(sets, resolutions, strict=True)}


def _owners(work: list[_Work], subjects: Mapping[frozenset[tuple[str, str]], str]) -> dict[tuple[str, str], str]:
    """Owner of each identifier: the update's subject when it is one of its aliases, else
    the subject that identifier identifies."""
    owners: dict[tuple[str, str], str] = {}
    for w in work:
        for want in w.plan.wants:
            key = (want.alias, want.value)
            if not want.alias or key in owners:
                continue
            owners[key] = w.subject if key in w.aliases else subjects[frozenset({key})]
    return owners


def _known_values(part: Part, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """PII the update itself names, to be found in its texts even if the detector misses it."""
    known = [(value, ALIAS_ENTITY[kind]) for kind, value in pairs]
    for contact in part.value.get("contacts", []) or []:
        profile = contact.get("profile") if isinstance(contact, Mapping) else None
        name = profile.get("name") if isinstance(profile, Mapping) else None
        if isinstance(name, str) and len(name.strip()) >= 3:
            known.append((name.strip(), "PERSON"))
    return known


def _known_spans(text: str, known: list[tuple[str, str]]) -> list[Span]:
    spans: list[Span] = []
    for value, entity in known:
        if entity == "PHONE_NUMBER":
            pattern = r"(?<!\d)\+?" + re.escape(digits(value)) + r"(?!\d)"
        else:
            pattern = r"(?<!\w)" + re.escape(value.lstrip("@")) + r"(?!\w)"
        spans += [
            Span(entity, m.start(), m.end(), 1.0, "veil_known") for m in re.finditer(pattern, text, re.IGNORECASE)
        ]
    return spans


async def _detect(detector: Detector, ctx: Context, work: list[_Work]) -> list[list[list[Span]]]:
    """One detector call for every text of the batch; spans per update, per text."""
    texts = [t for w in work for t in w.plan.texts]
    # national phone forms also read in the countries of the customer's and the business's numbers
    home = {id(w): regions_of([*(v for k, v in sorted(w.aliases) if k == "wa_id"), *sorted(w.display)]) for w in work}
    text_regions = [home[id(w)] for w in work for _ in w.plan.texts]
    found = (
        await detector.detect(
            texts,
            language=ctx.language,
            regions=ctx.regions,
            identify=ctx.identify,
            text_regions=text_regions,
            grey=ctx.grey,
            places=ctx.places,
        )
        if texts
        else []
    )
    out: list[list[list[Span]]] = []
    at = 0
    for w in work:
        mine = []
        for text in w.plan.texts:
            spans = [
                s
                for s in found[at] + _known_spans(text, w.known)
                if not (s.entity == "PHONE_NUMBER" and digits(text[s.start : s.end]) in w.display)
            ]
            # overlaps settled before minting (best score, then longest), so the replacement
            # engine never merges two spans into a text no token was minted for
            mine.append(without_overlaps(spans))
            at += 1
        out.append(mine)
    return out


def _finish(w: _Work, spans: list[list[Span]], minted: Mapping[tuple[Want, str], Minted]) -> Tokenized:
    used: dict[str, set[str]] = {}

    def take(want: Want) -> str:
        m = minted[(want, w.subject)]
        used.setdefault(m.subject, set()).add(m.token)
        return m.token

    tokens = {want: take(want) for want in w.plan.wants}
    texts = []
    for text, found in zip(w.plan.texts, spans, strict=True):
        texts.append(replace_spans(text, found, lambda entity, value: take(Want(value, entity, Shape.TEXT, False))))
    value = render(w.part.value, w.plan, Results(tokens, texts))
    return Tokenized(
        replace(w.part, value=value), w.subject, {s: frozenset(t) for s, t in used.items()}, tuple(w.plan.media_ids)
    )
