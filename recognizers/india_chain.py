"""India's comma-separated address read forward from its house number to its town, with or without a PIN.

Why: `india_address` reads an address back from a six-digit PIN after a capitalised town, and people in
a chat often leave the PIN out or type the whole address in lower case ("Flat 302, Sai Krupa
Apartments, near Shiv Mandir, Kothrud, Pune", "h no 5, gali no 3, laxmi nagar, delhi"). Without a PIN
the parts (a building, a landmark, a locality) stay in clear, or only the town is found as a place.

`chain_addresses` starts at an opening part, a house, flat or plot number written with its word ("Flat
302", "H.No. 7-1-23", "Plot No 14", "Qtr No. 12", "#12"), a block or slash number ("B-12", "12/3") or a
care-of ("S/O Ramesh Yadav"), that closes its part (a comma, a line break or a full stop after it). It
reads the parts after it (split by commas, line breaks, and full stops that close no abbreviation: a
landmark may end a sentence inside the address, "Opp. HDFC Bank. Baner, Pune"), each of up to five
words, and ends the address at the farthest part that starts with a town: a listed place
(`place_recognizer.places`, no English word in lower case) or an Indian state or union territory,
with a direction after it ("Thane West"), the state after a comma and a PIN. Fail closed on the
address, no-PII unchanged: it needs the opening part, a town, and between them a part that an Indian
address holds (a locality word: "Nagar", "Colony", "Layout", "Apartments", "Sector 15", "2nd Cross",
"4th Main", "Gali No. 5"; or a landmark: "near", "opp.", "behind"), or two parts. A number with no
word before it ("45, Rajaji Nagar") opens only with a PIN (`india_address`).

Sources: the state and union-territory names are the Constitution of India's First Schedule (public
fact); the locality words are the everyday vocabulary of Indian addresses, written by the rules' author.
"""

from __future__ import annotations

import re

from recognizers.place_recognizer import places
from recognizers.street_address_recognizer import NOT_AMOUNT

# India's states and union territories, and the older names still typed.
_STATES = frozenset({
    "andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana",
    "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh", "maharashtra", "manipur",
    "meghalaya", "mizoram", "nagaland", "odisha", "orissa", "punjab", "rajasthan", "sikkim", "tamil nadu",
    "telangana", "tripura", "uttar pradesh", "uttarakhand", "uttaranchal", "west bengal", "delhi", "new delhi",
    "jammu and kashmir", "ladakh", "puducherry", "pondicherry", "chandigarh", "lakshadweep",
})  # fmt: skip
# The states' two-letter codes, a part of their own after a comma ("…, Sikar, RJ"), in capitals or lower case.
_STATE_CODES = frozenset(
    "ap as br cg dl ga gj hp hr jh jk ka kl mh mp od pb rj tn ts uk up wb".split()
)  # fmt: skip
_NUMBER = r"(?:[A-Za-z]{1,2}-?)?\d{1,5}[A-Za-z]?(?:[-/][A-Za-z0-9]{1,4}){0,4}"
_HOUSE_WORD = (
    r"(?:flat|h\.?[ \t]?no|house(?:[ \t]?no)?|door(?:[ \t]?no)?|plot(?:[ \t]?no)?|qtr(?:[ \t]?no)?|"
    r"quarter[ \t]?no|room(?:[ \t]?no)?|shop(?:[ \t]?no)?|villa|bungalow|block[ \t]?no)"
)
# An opening part, closing its part: "Flat 302", "H.No. 7-1-23", "#56/1", "B-12", "12/3", "S/O Ramesh Yadav".
_OPENING = re.compile(
    r"(?<![\w/#.-])(?:"
    rf"{_HOUSE_WORD}\.?[ \t]?(?:no\.?[ \t]?)?[#:]?[ \t]?{_NUMBER}{NOT_AMOUNT}"
    rf"|#[ \t]?\d{{1,5}}[A-Za-z]?(?:[-/][A-Za-z0-9]{{1,4}}){{0,3}}{NOT_AMOUNT}"
    r"|[A-Za-z]{1,2}-\d{1,4}[A-Za-z]?(?:/\d{1,4})?(?![\w-])"
    r"|\d{1,4}/\d{1,4}[A-Za-z]?(?![\w/-])"
    r"|[swdc]/o\.?[ \t]+[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}"
    r")(?=[ \t]*(?:,|\n|\.[ \t]))",
    re.IGNORECASE,
)
# An opening written with its house word ("Flat 302", "H.No. 5", "#12"); a bare block or slash number or a
# care-of ("w/o" is also "without": "w/o sugar, less ice, …") needs a locality word after it.
_HOUSE_OPENING = re.compile(rf"{_HOUSE_WORD}|#", re.IGNORECASE)
# What separates two parts: a comma, a line break, or a full stop that closes no abbreviation.
_SEPARATOR = re.compile(r"[ \t]*(?:,[ \t]*\n?|\n|\.(?=[ \t]))[ \t]*")
_ABBREVIATIONS = frozenset(
    "no h.no hno opp nr dist vill st rd apts soc sec ph bldg govt dr mr mrs co p.o po ps tq nagar.".split()
)  # fmt: skip
_PART = re.compile(r"[^,\n.]*(?:\.(?![ \t]|$)[^,\n.]*)*")
_WORD = re.compile(r"[^\W_][\w'&-]*\.?")
MAX_PARTS = 10
MAX_WORDS = 5
# A part an Indian address holds: a locality word, a numbered sector or road, a landmark.
_LOCALITY = re.compile(
    r"(?<![\w])(?:nagar|colony|layout|enclave|society|soc|apartments?|apts?|residency|residence|complex|vihar|"
    r"puram|peth|wadi|chawl|niwas|kunj|sadan|bhavan|bhawan|market|bazaar|chowk|marg|road|rd|street|lane|cross|"
    r"main|block|sector|phase|stage|ward|gali|vill|village|post|dist|district|taluk|tehsil|mandal|extension|"
    r"extn|camp|lines|hills|garden|gardens|towers?|wing|floor|park|city|town|halli|pally|palli|ganj|bagh|"
    r"east|west|north|south|near|nr|opp|opposite|behind|beside|next to)(?![\w])",
    re.IGNORECASE,
)
_TOWN_WORDS = re.compile(r"[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}")
# What may close the part after a state's code in lower case: nothing, or a polite word ("…, mp sir").
_POLITE = re.compile(r"[ \t]*(?:(?i:sir|madam|ji|pls|please|thanks|thank you|thx)[ \t]*)?")
_DIRECTION = re.compile(r"[ \t]+(?i:east|west|north|south)(?![\w])")
_PIN = re.compile(r"[ \t]*(?:[-–:,][ \t]*)?(?:(?i:pin(?:[ \t]?code)?)[ \t]*[:-]?[ \t]*)?[1-8]\d{2}[ \t]?\d{3}(?![\w-])")
# Every opening part ends in a number before a separator, or is a care-of: a text with neither (most chat
# messages) is left at once.
_MAYBE = re.compile(r"\d[A-Za-z0-9/-]*[ \t]*(?:,|\n|\.[ \t])|[swdcSWDC]/[oO]")


def chain_addresses(text: str) -> list[tuple[int, int]]:
    """The spans of the Indian addresses an opening part starts and a town ends (module doc)."""
    if _MAYBE.search(text) is None:
        return []
    out: list[tuple[int, int]] = []
    done = 0
    for opening in _OPENING.finditer(text):
        if opening.start() < done:
            continue
        if (end := _chain_end(text, opening)) is not None:
            out.append((opening.start(), end))
            done = end
    return out


def _parts_after(text: str, start: int) -> list[tuple[int, int]]:
    """The parts after `start` (where a separator begins), each as (start, end), at most `MAX_PARTS`."""
    out: list[tuple[int, int]] = []
    pos = start
    for _ in range(MAX_PARTS):
        sep = _SEPARATOR.match(text, pos)
        if sep is None or sep.end() >= len(text):
            break
        if text[pos] == "." and _abbreviation_before(text, pos):
            break
        part = _PART.match(text, sep.end())
        if part is None or part.end() == sep.end():
            break
        out.append((sep.end(), part.end()))
        pos = part.end()
        while pos < len(text) and text[pos] == "." and _abbreviation_before(text, pos):
            more = _PART.match(text, pos + 1)  # "Nr. Apollo Hospital": the abbreviation's dot is inside the part
            pos = more.end() if more is not None and more.end() > pos + 1 else pos + 1
            out[-1] = (out[-1][0], pos)
    return out


def _abbreviation_before(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes a short abbreviation ("Opp.", "Nr.", "Dist.")."""
    word = re.search(r"([\w.]+)$", text[max(0, dot - 6) : dot])
    return word is not None and word.group(1).casefold() in _ABBREVIATIONS


def _town_end(text: str, start: int, end: int, lower: bool) -> int | None:
    """Where the town that starts the part `start:end` ends (its direction included), or None."""
    words = _TOWN_WORDS.match(text, start, end)
    if words is None:
        return None
    listed = places().words_in
    tokens = list(re.finditer(r"[A-Za-z]+", words.group()))
    for n in range(len(tokens), 0, -1):
        name = " ".join(t.group() for t in tokens[:n])
        folded = name.casefold()
        if not lower and not name[0].isupper():
            continue
        in_list = folded in listed and not (lower and "en" in listed[folded])
        code = n == 1 and folded in _STATE_CODES and (name.isupper() or _alone(text, start + tokens[0].end(), end))
        if in_list or folded in _STATES or code:
            town_end = start + tokens[n - 1].end()
            if (direction := _DIRECTION.match(text, town_end, end)) is not None:
                town_end = direction.end()
            return town_end
    return None


def _alone(text: str, start: int, end: int) -> bool:
    """True when nothing but a PIN follows a state's code in its part ("…, dist sehore, mp", "…, up 203131"): in
    lower case the code is as often a word ("…, up to you"); in capitals it is the state's."""
    rest = _PIN.match(text, start, end)
    return _POLITE.fullmatch(text, rest.end() if rest is not None else start, end) is not None


def _chain_end(text: str, opening: re.Match[str]) -> int | None:
    """Where the address opened by `opening` ends: at the farthest part that starts with a town, with a state
    part and a PIN after it; None without a town or with no part between that an Indian address holds."""
    lower = opening.group() == opening.group().lower()
    parts = _parts_after(text, opening.end())
    end: int | None = None
    middle: list[tuple[int, int]] = []
    seen: list[tuple[int, int]] = []
    towns: list[bool] = []  # which parts of `middle` start with a town
    seen_towns: list[bool] = []
    for part_start, part_end in parts:
        if len(_WORD.findall(text, part_start, part_end)) > MAX_WORDS:
            break
        part_lower = lower or text[part_start:part_end] == text[part_start:part_end].lower()
        town_end = _town_end(text, part_start, part_end, part_lower)
        if town_end is not None and seen:
            end, middle, towns = town_end, list(seen), list(seen_towns)
        seen.append((part_start, part_end))
        seen_towns.append(town_end is not None)
    if end is None or not middle:
        return None
    if not any(_LOCALITY.search(text, s, e) for s, e in middle) and not (
        _HOUSE_OPENING.match(opening.group()) is not None and any(towns)
    ):
        return None
    if (pin := _PIN.match(text, end)) is not None:
        end = pin.end()
    return end
